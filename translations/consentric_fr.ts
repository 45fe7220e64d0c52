<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Application</name>
    <message>
        <source>The screenshot was not taken within 30 seconds.</source>
        <translation>La capture d&apos;écran n&apos;a pas été prise dans les 30 secondes.</translation>
    </message>
    <message>
        <source>The folder for %1 does not exist.</source>
        <translation>Le dossier de %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>Impossible d&apos;enregistrer la capture d&apos;écran dans %1.</translation>
    </message>
    <message>
        <source>The screenshot signs in as %1: give --passphrase-file FILE or set CONSENTRIC_PASSPHRASE.</source>
        <translation>La capture d&apos;écran se connecte en tant que %1&#xa0;: indiquez --passphrase-file FILE ou définissez CONSENTRIC_PASSPHRASE.</translation>
    </message>
    <message>
        <source>The page “%1” is not available to this person; theirs are: %2.</source>
        <translation>La page «&#xa0;%1&#xa0;» n&apos;est pas disponible pour cette personne&#xa0;; ses pages sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The import wizard needs someone signed in: give a database with an organisation.</source>
        <translation>L’assistant d’importation a besoin d’une personne connectée : indiquez une base de données avec une organisation.</translation>
    </message>
    <message>
        <source>The import wizard stopped at its step %1; see the screenshot for why.</source>
        <translation>L’assistant d’importation s’est arrêté à son étape %1 ; la capture d’écran montre pourquoi.</translation>
    </message>
</context>
<context>
    <name>DemoLoader</name>
    <message>
        <source>Creating the demo company…</source>
        <translation>Création de l&apos;entreprise de démonstration…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Demo company</source>
        <translation>Entreprise de démonstration</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>exporting connections</source>
        <translation>l&apos;exportation des relations</translation>
    </message>
    <message>
        <source>There is no person with id %1 to export.</source>
        <translation>Il n&apos;existe aucune personne avec l&apos;identifiant %1 à exporter.</translation>
    </message>
</context>
<context>
    <name>Levels</name>
    <message>
        <source>private</source>
        <translation>privé</translation>
    </message>
    <message>
        <source>discoverable</source>
        <translation>découvrable</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>partagé</translation>
    </message>
    <message>
        <source>professional</source>
        <translation>professionnel</translation>
    </message>
    <message>
        <source>personal</source>
        <translation>personnel</translation>
    </message>
    <message>
        <source>family</source>
        <translation>famille</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>propriétaire</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>employé</translation>
    </message>
</context>
<context>
    <name>Location</name>
    <message>
        <source>No database was given: name an SQLite file or a postgresql:// URL.</source>
        <translation>Aucune base de données n&apos;a été indiquée&#xa0;: indiquez un fichier SQLite ou une URL postgresql://.</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL URL Consentric understands: write postgresql://user@host:port/dbname.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL PostgreSQL que Consentric comprend&#xa0;: écrivez postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL contains a password. Remove it from the URL and put it in a PGPASSFILE instead, or let Consentric ask for it.</source>
        <translation>L&apos;URL PostgreSQL contient un mot de passe. Retirez-le de l&apos;URL et placez-le plutôt dans un PGPASSFILE, ou laissez Consentric vous le demander.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL “%1” names no database: write postgresql://user@host:port/dbname.</source>
        <translation>L&apos;URL PostgreSQL «&#xa0;%1&#xa0;» n&apos;indique aucune base de données&#xa0;: écrivez postgresql://user@host:port/dbname.</translation>
    </message>
</context>
<context>
    <name>SuppressedCount</name>
    <message>
        <source>fewer than 3</source>
        <translation>moins de 3</translation>
    </message>
</context>
<context>
    <name>consentric::app</name>
    <message>
        <source>The SQLite file or postgresql://user@host:port/dbname URL.</source>
        <translation>Le fichier SQLite ou l&apos;URL postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>path-or-url</source>
        <translation>chemin-ou-url</translation>
    </message>
    <message>
        <source>The language of messages: en, de, fr or es.</source>
        <translation>La langue des messages&#xa0;: en, de, fr ou es.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>See: consentric %1 --help</source>
        <translation>Voir&#xa0;: consentric %1 --help</translation>
    </message>
    <message>
        <source>--lang takes one of: %1.</source>
        <translation>--lang accepte l&apos;une de ces valeurs&#xa0;: %1.</translation>
    </message>
    <message>
        <source>consentric %1 needs --%2. See: consentric %1 --help</source>
        <translation>consentric %1 nécessite --%2. Voir&#xa0;: consentric %1 --help</translation>
    </message>
    <message>
        <source>Unexpected word “%1”. See: consentric %2 --help</source>
        <translation>Mot inattendu «&#xa0;%1&#xa0;». Voir&#xa0;: consentric %2 --help</translation>
    </message>
    <message>
        <source>small (about 12 people), medium (200) or large (1,000).</source>
        <translation>small (environ 12 personnes), medium (200) ou large (1&#xa0;000).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message>
        <source>The same seed gives the same company.</source>
        <translation>La même graine donne la même entreprise.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Create the demo company in a new database.</source>
        <translation>Créer l&apos;entreprise de démonstration dans une nouvelle base de données.</translation>
    </message>
    <message>
        <source>--scale takes small, medium or large, not “%1”.</source>
        <translation>--scale accepte small, medium ou large, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--seed takes a whole number, not “%1”.</source>
        <translation>--seed attend un nombre entier, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Demo company: %1 of %2 people</source>
        <translation>Entreprise de démonstration&#xa0;: %1 personnes sur %2</translation>
    </message>
    <message>
        <source>Demo company: %1 of %2 people (%3 s)</source>
        <translation>Entreprise de démonstration&#xa0;: %1 personnes sur %2 (%3 s)</translation>
    </message>
    <message>
        <source>Created the demo company in %1: %2 people in %3 departments, %4 connections, %5 companies (%6 s).</source>
        <translation>Entreprise de démonstration créée dans %1&#xa0;: %2 personnes dans %3 services, %4 relations, %5 entreprises (%6 s).</translation>
    </message>
    <message>
        <source>Usage: consentric person add --database P --email E --name N --department D [--role employee|admin]</source>
        <translation>Utilisation&#xa0;: consentric person add --database P --email E --name N --department D [--role employee|admin]</translation>
    </message>
    <message>
        <source>consentric person takes “add”: consentric person add --database P --email E --name N --department D</source>
        <translation>consentric person attend «&#xa0;add&#xa0;»&#xa0;: consentric person add --database P --email E --name N --department D</translation>
    </message>
    <message>
        <source>The person&apos;s work email address.</source>
        <translation>L&apos;adresse e-mail professionnelle de la personne.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>The person&apos;s name.</source>
        <translation>Le nom de la personne.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Their department; a new one is created.</source>
        <translation>Son service&#xa0;; il est créé s&apos;il n&apos;existe pas encore.</translation>
    </message>
    <message>
        <source>employee (the default) or admin.</source>
        <translation>employee (par défaut) ou admin.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>--role takes employee or admin, not “%1”.</source>
        <translation>--role accepte employee ou admin, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Added %1 &lt;%2&gt; as %3 to the new department %4.</source>
        <translation>Ajout de %1 &lt;%2&gt; en tant que %3 au nouveau service %4.</translation>
    </message>
    <message>
        <source>Added %1 &lt;%2&gt; as %3 to %4.</source>
        <translation>Ajout de %1 &lt;%2&gt; en tant que %3 au service %4.</translation>
    </message>
    <message>
        <source>The backup file to write (replaced if it exists).</source>
        <translation>Le fichier de sauvegarde à écrire (remplacé s&apos;il existe).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Write a consistent copy of an SQLite database.</source>
        <translation>Écrire une copie cohérente d&apos;une base de données SQLite.</translation>
    </message>
    <message>
        <source>Wrote a backup of %1 to %2.</source>
        <translation>Sauvegarde de %1 écrite dans %2.</translation>
    </message>
    <message>
        <source>See: consentric --help</source>
        <translation>Voir&#xa0;: consentric --help</translation>
    </message>
    <message>
        <source>--page goes with --screenshot. See: consentric --help</source>
        <translation>--page s&apos;utilise uniquement avec --screenshot. Voir&#xa0;: consentric --help</translation>
    </message>
    <message>
        <source>--page takes one of: %1.</source>
        <translation>--page accepte l&apos;une de ces valeurs&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Add a person to the team (as the owner).</source>
        <translation>Ajouter une personne à l&apos;équipe (en tant que propriétaire).</translation>
    </message>
    <message>
        <source>Check every entry of the hash chain.</source>
        <translation>Vérifier chaque entrée de la chaîne de hachage.</translation>
    </message>
    <message>
        <source>A head hash printed earlier (say, in a quarterly report) that must still be in the chain.</source>
        <translation>Une empreinte de tête affichée auparavant (par exemple dans un rapport trimestriel) qui doit toujours figurer dans la chaîne.</translation>
    </message>
    <message>
        <source>hash</source>
        <translation>empreinte</translation>
    </message>
    <message>
        <source>Verify the audit log (as the owner or an admin).</source>
        <translation>Vérifier le journal d&apos;audit (en tant que propriétaire ou administrateur).</translation>
    </message>
    <message>
        <source>consentric audit takes --verify. See: consentric audit --help</source>
        <translation>consentric audit attend --verify. Voir&#xa0;: consentric audit --help</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>Entrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Head: %1</source>
        <translation>Tête&#xa0;: %1</translation>
    </message>
    <message>
        <source>The audit log is broken at entry %1: %2.</source>
        <translation>Le journal d&apos;audit est corrompu à l&apos;entrée %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The audit log does not hold what it should: %1.</source>
        <translation>Le journal d&apos;audit ne contient pas ce qu&apos;il devrait contenir&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Someone changed the database outside Consentric; compare it with a backup.</source>
        <translation>Quelqu&apos;un a modifié la base de données en dehors de Consentric&#xa0;; comparez-la avec une sauvegarde.</translation>
    </message>
    <message>
        <source>The audit log is intact.</source>
        <translation>Le journal d&apos;audit est intact.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1: %2.</source>
        <translation>Impossible de lire le fichier de phrase secrète %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Phrase secrète pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>Consentric needs the passphrase of %1: give --passphrase-file FILE or set CONSENTRIC_PASSPHRASE.</source>
        <translation>Consentric a besoin de la phrase secrète de %1&#xa0;: indiquez --passphrase-file FILE ou définissez CONSENTRIC_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Act as this admin instead of the owner.</source>
        <translation>Agir au nom de cet administrateur plutôt que du propriétaire.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of this file.</source>
        <translation>Lire la phrase secrète dans la première ligne de ce fichier.</translation>
    </message>
    <message>
        <source>Nobody with the email %1 is in this database.</source>
        <translation>Personne dans cette base de données n&apos;a l&apos;adresse e-mail %1.</translation>
    </message>
    <message>
        <source>%1 is an employee; this command is for the owner or an admin.</source>
        <translation>%1 est employé&#xa0;; cette commande est réservée au propriétaire ou à un administrateur.</translation>
    </message>
    <message>
        <source>This database has no owner yet. Open it in the window and choose “Set up my organisation”, or load the demo company.</source>
        <translation>Cette base de données n&apos;a pas encore de propriétaire. Ouvrez-la dans la fenêtre et choisissez «&#xa0;Configurer mon organisation&#xa0;», ou chargez l&apos;entreprise de démonstration.</translation>
    </message>
    <message>
        <source>The employee acting on their own data (they give their passphrase).</source>
        <translation>L&apos;employé qui agit sur ses propres données (il indique sa propre phrase secrète).</translation>
    </message>
    <message>
        <source>Print JSON: a list of {id, name, company, title, context, strength, level}.</source>
        <translation>Afficher du JSON&#xa0;: une liste de {id, name, company, title, context, strength, level}.</translation>
    </message>
    <message>
        <source>List your own connections, with the ids that share takes.</source>
        <translation>Lister vos propres relations, avec les identifiants qu&apos;accepte share.</translation>
    </message>
    <message>
        <source>Connections: %1</source>
        <translation>Relations&#xa0;: %1</translation>
    </message>
    <message>
        <source>private, discoverable or shared.</source>
        <translation>private (privé), discoverable (découvrable) ou shared (partagé).</translation>
    </message>
    <message>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>A connection id from consentric connections (may be repeated).</source>
        <translation>Un identifiant de relation issu de consentric connections (peut être répété).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>Every professional connection at this company.</source>
        <translation>Toutes les relations professionnelles dans cette entreprise.</translation>
    </message>
    <message>
        <source>Every professional connection.</source>
        <translation>Toutes les relations professionnelles.</translation>
    </message>
    <message>
        <source>Confirm that the business may see a personal or family connection.</source>
        <translation>Confirmer que l&apos;entreprise peut voir une relation personnelle ou familiale.</translation>
    </message>
    <message>
        <source>Choose what the business may see of your connections.</source>
        <translation>Choisir ce que l&apos;entreprise peut voir de vos relations.</translation>
    </message>
    <message>
        <source>--level takes private, discoverable or shared, not “%1”.</source>
        <translation>--level accepte private, discoverable ou shared, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Choose the connections with exactly one of --contact ID, --company NAME or --all-professional.</source>
        <translation>Choisissez les relations avec exactement une des options --contact ID, --company NAME ou --all-professional.</translation>
    </message>
    <message>
        <source>--contact takes a connection id (a number from consentric connections), not “%1”.</source>
        <translation>--contact attend un identifiant de relation (un nombre issu de consentric connections), pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>(From the command line: one --contact ID and --confirm.)</source>
        <translation>(En ligne de commande&#xa0;: une seule option --contact ID et --confirm.)</translation>
    </message>
    <message>
        <source>Connections changed to %1: %2.</source>
        <translation>Relations passées au niveau «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Personal or family connections left as they were: %1 (they change one at a time, with --contact ID --confirm).</source>
        <translation>Relations personnelles ou familiales laissées inchangées&#xa0;: %1 (elles se modifient une par une, avec --contact ID --confirm).</translation>
    </message>
    <message>
        <source>json (everything, the default) or vcard (the connections, for an address book).</source>
        <translation>json (tout, par défaut) ou vcard (les relations, pour un carnet d&apos;adresses).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Write to this file (replaced if it exists) instead of standard output.</source>
        <translation>Écrire dans ce fichier (remplacé s&apos;il existe) plutôt que sur la sortie standard.</translation>
    </message>
    <message>
        <source>Export everything stored about you.</source>
        <translation>Exporter tout ce qui est enregistré à votre sujet.</translation>
    </message>
    <message>
        <source>--format takes json or vcard, not “%1”.</source>
        <translation>--format accepte json ou vcard, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check the folder and its permissions.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2. Vérifiez le dossier et ses autorisations.</translation>
    </message>
    <message>
        <source>Wrote your data to %1.</source>
        <translation>Vos données ont été écrites dans %1.</translation>
    </message>
    <message>
        <source>Run by the owner (or an admin, with --as) for someone who left: also closes their account.</source>
        <translation>Exécuté par le propriétaire (ou un administrateur, avec --as) pour une personne partie&#xa0;: ferme aussi son compte.</translation>
    </message>
    <message>
        <source>Erase an employee&apos;s connections and contacts.</source>
        <translation>Effacer les relations et les contacts d&apos;un employé.</translation>
    </message>
    <message>
        <source>Erased the connections and contacts of %1 (%2) and closed the account.</source>
        <translation>Les relations et les contacts de %1 (%2) ont été effacés et le compte a été fermé.</translation>
    </message>
    <message>
        <source>Erased the connections and contacts of %1 (%2). The account stays, out of the program.</source>
        <translation>Les relations et les contacts de %1 (%2) ont été effacés. Le compte est conservé, hors du programme.</translation>
    </message>
    <message>
        <source>Another program has the database open: the erased bytes leave its files when that program closes it.</source>
        <translation>Un autre programme a ouvert la base de données&#xa0;: les octets effacés ne quitteront ses fichiers que lorsque ce programme la fermera.</translation>
    </message>
    <message>
        <source>--as and --passphrase-file go with --screenshot; the window asks who you are. See: consentric --help</source>
        <translation>--as et --passphrase-file s&apos;utilisent uniquement avec --screenshot&#xa0;; la fenêtre demande qui vous êtes. Voir&#xa0;: consentric --help</translation>
    </message>
    <message>
        <source>The files to read.</source>
        <translation>Les fichiers à lire.</translation>
    </message>
    <message>
        <source>professional, personal or family (default: professional for LinkedIn and Outlook files, personal for the rest).</source>
        <translation>professional (professionnel), personal (personnel) ou family (famille) (par défaut&#xa0;: professional pour les fichiers LinkedIn et Outlook, personal pour les autres).</translation>
    </message>
    <message>
        <source>context</source>
        <translation>contexte</translation>
    </message>
    <message>
        <source>Import contact files: LinkedIn, Google or Outlook CSV, other CSV, vCard. Everything imported is private.</source>
        <translation>Importer des fichiers de contacts&#xa0;: CSV LinkedIn, Google ou Outlook, autres CSV, vCard. Tout ce qui est importé est privé.</translation>
    </message>
    <message>
        <source>consentric import needs at least one FILE. See: consentric import --help</source>
        <translation>consentric import nécessite au moins un FILE. Voir&#xa0;: consentric import --help</translation>
    </message>
    <message>
        <source>--context takes professional, personal or family, not “%1”.</source>
        <translation>--context accepte professional, personal ou family, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2); nothing was imported from it.</source>
        <translation>%1&#xa0;: impossible de lire le fichier (%2)&#xa0;; rien n&apos;en a été importé.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported from it.</source>
        <translation>%1&#xa0;: %2 Rien n&apos;en a été importé.</translation>
    </message>
    <message>
        <source>%1: %2, %3, as %4: imported %5, updated %6, skipped %7 (already there), possible duplicates %8.</source>
        <translation>%1&#xa0;: %2, %3, contexte «&#xa0;%4&#xa0;». Importés&#xa0;: %5, mis à jour&#xa0;: %6, ignorés (déjà présents)&#xa0;: %7, doublons possibles&#xa0;: %8.</translation>
    </message>
    <message>
        <source>%1:%2: “%3” may be the same person as your connection “%4” (id %5); both are kept. Merge them on the My connections page.</source>
        <translation>%1:%2&#xa0;: «&#xa0;%3&#xa0;» est peut-être la même personne que votre relation «&#xa0;%4&#xa0;» (identifiant %5)&#xa0;; les deux sont conservées. Fusionnez-les sur la page «&#xa0;Mes relations&#xa0;».</translation>
    </message>
    <message>
        <source>%1: its %2 columns have no names Consentric knows, and no column holds an email address in every row (%3 rows read). Nothing was imported; import it in the window, where you choose what each column holds.</source>
        <translation>%1 : Consentric ne reconnaît pas les noms de ses %2 colonnes, et aucune colonne ne contient une adresse e-mail à chaque ligne (%3 lignes lues). Rien n&apos;a été importé ; importez-le dans la fenêtre, où vous choisissez ce que contient chaque colonne.</translation>
    </message>
    <message>
        <source>None of the files holds a contact.</source>
        <translation>Aucun des fichiers ne contient de contact.</translation>
    </message>
    <message>
        <source>%1: is %2 MB; contact exports are far smaller, so it was not read. Check that this is the right file.</source>
        <translation>%1 : fait %2 Mo ; les exportations de contacts sont bien plus petites, il n&apos;a donc pas été lu. Vérifiez qu&apos;il s&apos;agit du bon fichier.</translation>
    </message>
    <message>
        <source>--import goes with --screenshot; in the window, use Import… (Ctrl+I). See: consentric --help</source>
        <translation>--import va avec --screenshot ; dans la fenêtre, utilisez Importer… (Ctrl+I). Voir : consentric --help</translation>
    </message>
    <message>
        <source>--import-step goes with --import. See: consentric --help</source>
        <translation>--import-step va avec --import. Voir : consentric --help</translation>
    </message>
    <message>
        <source>--import-step takes one of: %1.</source>
        <translation>--import-step prend l’une de ces valeurs : %1.</translation>
    </message>
    <message>
        <source>“%1” is not a Consentric command. Commands: demo, person, backup, audit, connections, import, share, export, erase, discover. See: consentric --help</source>
        <translation>« %1 » n’est pas une commande de Consentric. Commandes : demo, person, backup, audit, connections, import, share, export, erase, discover. Voir : consentric --help</translation>
    </message>
    <message>
        <source>The company to reach (any spelling: “ACME, Inc” is “Acme Inc.”).</source>
        <translation>L’entreprise à joindre (toute graphie : « ACME, Inc » est « Acme Inc. »).</translation>
    </message>
    <message>
        <source>Print JSON: {company, normalised, reach: {hops, contacts, team_members}, paths: [{employee, contact, hops, strength}], message}.</source>
        <translation>Afficher du JSON : {company, normalised, reach: {hops, contacts, team_members}, paths: [{employee, contact, hops, strength}], message}.</translation>
    </message>
    <message>
        <source>Who on the team can reach a company (as the owner or an admin): counts for discoverable connections, names for shared ones.</source>
        <translation>Qui, dans l’équipe, peut joindre une entreprise (en tant que propriétaire ou admin) : des nombres pour les relations repérables, des noms pour les partagées.</translation>
    </message>
    <message>
        <source>Team members who hold them: %1</source>
        <translation>Membres de l’équipe qui les connaissent : %1</translation>
    </message>
    <message>
        <source>%1 → %2 (strength %3)</source>
        <translation>%1 → %2 (force %3)</translation>
    </message>
    <message>
        <source>Usage: consentric [--database PATH|URL] [--lang en|de|fr|es]
       consentric --database P --screenshot FILE [--page NAME]
       consentric COMMAND --help

Consentric lets a small business use its team&apos;s networks for referrals and warm
introductions, with every employee deciding what the business may see.
Without a command, the window opens (default database: %1).

Commands:
  demo     create the demo company: --database P [--scale small|medium|large] [--seed N]
  person   add a person: person add --database P --email E --name N --department D [--role employee|admin]
  backup   copy an SQLite database consistently: --database P --output F
  audit    verify the audit log: --database P --verify [--expect-head HASH]
  connections  list your connections: --database P --employee EMAIL [--json]
  import   read contact files (LinkedIn, Google, Outlook CSV, vCard): --database P --employee EMAIL
           [--context professional|personal|family] FILE...   everything imported is private
  share    choose what the business may see: --database P --employee EMAIL
           --level private|discoverable|shared (--contact ID... | --company NAME | --all-professional)
           personal and family connections: one --contact ID and --confirm
  export   everything about you: --database P --employee EMAIL [--format json|vcard] [--output F]
  erase    erase your connections: --database P --employee EMAIL; the owner adds --left
           for someone who left, which also closes their account
  discover who on the team can reach a company: --database P --company NAME [--json]

person, audit, discover and erase --left act as the owner (or the admin named by --as EMAIL);
connections, import, share, export and erase act as the employee named by --employee, on
their own data. The passphrase comes from --passphrase-file FILE, the environment
variable CONSENTRIC_PASSPHRASE, or a prompt. Every demo passphrase is “demo”.

Options:
  --database PATH|URL  an SQLite file or postgresql://user@host:port/dbname
                       (the password comes from PGPASSFILE or a prompt, never the URL)
  --lang CODE          en, de, fr or es (default: the system&apos;s language)
  --screenshot FILE    sign in without asking, open the window, save a PNG of it to FILE and exit
  --as EMAIL           with --screenshot: who signs in (default: the owner); the passphrase
                       comes from --passphrase-file FILE or CONSENTRIC_PASSPHRASE
  --page NAME          with --screenshot: the page to show (team, discover, audit, connections,
                       business, policy, my-audit, settings)
  --import FILE        with --screenshot: open the import wizard on FILE (repeatable) and save
                       the screen; --import-step files|preview|matches|summary (default
                       preview) goes that far, importing for summary
  --discover NAME      with --screenshot --page discover: the company to answer for
  -h, --help           show this help
  -v, --version        show the version

Exit status: 0 success, 1 the request could not be done, 2 a usage error.</source>
        <translation>Utilisation&#xa0;: consentric [--database PATH|URL] [--lang en|de|fr|es]
              consentric --database P --screenshot FILE [--page NAME]
              consentric COMMAND --help

Consentric permet à une petite entreprise de s&apos;appuyer sur les réseaux de son équipe pour
obtenir des recommandations et des mises en relation personnelles, chaque employé décidant
de ce que l&apos;entreprise peut voir.
Sans commande, la fenêtre s&apos;ouvre (base de données par défaut&#xa0;: %1).

Commandes&#xa0;:
  demo     créer l&apos;entreprise de démonstration&#xa0;: --database P [--scale small|medium|large] [--seed N]
  person   ajouter une personne&#xa0;: person add --database P --email E --name N --department D [--role employee|admin]
  backup   copier une base de données SQLite de façon cohérente&#xa0;: --database P --output F
  audit    vérifier le journal d&apos;audit&#xa0;: --database P --verify [--expect-head HASH]
  connections  lister vos relations&#xa0;: --database P --employee EMAIL [--json]
  import   lire des fichiers de contacts (CSV LinkedIn, Google, Outlook, vCard)&#xa0;: --database P --employee EMAIL
           [--context professional|personal|family] FILE...   tout ce qui est importé est privé
  share    choisir ce que l&apos;entreprise peut voir&#xa0;: --database P --employee EMAIL
           --level private|discoverable|shared (--contact ID... | --company NAME | --all-professional)
           relations personnelles et familiales&#xa0;: une seule option --contact ID et --confirm
  export   tout ce qui vous concerne&#xa0;: --database P --employee EMAIL [--format json|vcard] [--output F]
  erase    effacer vos relations&#xa0;: --database P --employee EMAIL&#xa0;; le propriétaire ajoute --left
           pour une personne partie, ce qui ferme aussi son compte
  discover qui, dans l’équipe, peut joindre une entreprise : --database P --company NOM [--json]

person, audit, discover et erase --left agissent au nom du propriétaire (ou de l&apos;administrateur indiqué
par --as EMAIL)&#xa0;; connections, import, share, export et erase agissent au nom de l&apos;employé
indiqué par --employee, sur ses propres données. La phrase secrète provient de
--passphrase-file FILE, de la variable d&apos;environnement CONSENTRIC_PASSPHRASE, ou d&apos;une invite.
La phrase secrète de chaque compte de démonstration est «&#xa0;demo&#xa0;».

Options&#xa0;:
  --database PATH|URL  un fichier SQLite ou postgresql://user@host:port/dbname
                       (le mot de passe provient de PGPASSFILE ou d&apos;une invite, jamais de l&apos;URL)
  --lang CODE          en, de, fr ou es (par défaut&#xa0;: la langue du système)
  --screenshot FILE    se connecter sans rien demander, ouvrir la fenêtre, en enregistrer
                       une capture PNG dans FILE et quitter
  --as EMAIL           avec --screenshot&#xa0;: qui se connecte (par défaut&#xa0;: le propriétaire)&#xa0;;
                       la phrase secrète provient de --passphrase-file FILE ou de CONSENTRIC_PASSPHRASE
  --page NAME          avec --screenshot&#xa0;: la page à afficher (team, discover, audit, connections,
                       business, policy, my-audit, settings)
  --import FILE        avec --screenshot : ouvrir l’assistant d’importation sur FILE (répétable) et
                       enregistrer l’écran ; --import-step files|preview|matches|summary (par
                       défaut preview) va jusque-là, summary importe
  --discover NOM       avec --screenshot --page discover : l’entreprise pour laquelle répondre
  -h, --help           afficher cette aide
  -v, --version        afficher la version

Code de sortie&#xa0;: 0 succès, 1 la demande n&apos;a pas pu être satisfaite, 2 erreur d&apos;utilisation.</translation>
    </message>
    <message>
        <source>--discover goes with --screenshot and --page discover. See: consentric --help</source>
        <translation>--discover va avec --screenshot et --page discover. Voir : consentric --help</translation>
    </message>
</context>
<context>
    <name>consentric::consent</name>
    <message>
        <source>A stored salt has the wrong length; the database may be damaged.</source>
        <translation>Un sel enregistré n&apos;a pas la bonne longueur&#xa0;; la base de données est peut-être endommagée.</translation>
    </message>
    <message>
        <source>Not enough memory to check the passphrase (Argon2id needs %1 MiB). Close other programs and try again.</source>
        <translation>Mémoire insuffisante pour vérifier la phrase secrète (Argon2id a besoin de %1 Mio). Fermez d&apos;autres programmes et réessayez.</translation>
    </message>
    <message>
        <source>An encrypted value is too short: it was altered or damaged, so it is not shown.</source>
        <translation>Une valeur chiffrée est trop courte&#xa0;: elle a été modifiée ou endommagée, elle n&apos;est donc pas affichée.</translation>
    </message>
    <message>
        <source>An encrypted value does not open with this key: the key is wrong, or the value was altered. Nothing of it is shown.</source>
        <translation>Une valeur chiffrée ne s&apos;ouvre pas avec cette clé&#xa0;: la clé est incorrecte, ou la valeur a été modifiée. Rien n&apos;en est affiché.</translation>
    </message>
    <message>
        <source>A public key has the wrong length; the account may be damaged.</source>
        <translation>Une clé publique n&apos;a pas la bonne longueur&#xa0;; le compte est peut-être endommagé.</translation>
    </message>
    <message>
        <source>Could not seal a message to a public key.</source>
        <translation>Impossible de sceller un message pour une clé publique.</translation>
    </message>
    <message>
        <source>The sealed data is damaged or cut short.</source>
        <translation>Les données scellées sont endommagées ou tronquées.</translation>
    </message>
    <message>
        <source>The sealed data does not open with this key: it was altered, or it belongs to someone else.</source>
        <translation>Les données scellées ne s&apos;ouvrent pas avec cette clé&#xa0;: elles ont été modifiées, ou elles appartiennent à quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>%1 is not the owner or an admin, so the business&apos;s views are not available. Sign in as the owner.</source>
        <translation>%1 n&apos;est ni le propriétaire ni un administrateur&#xa0;; les vues de l&apos;entreprise ne sont donc pas disponibles. Connectez-vous en tant que propriétaire.</translation>
    </message>
</context>
<context>
    <name>consentric::consent::Accounts</name>
    <message>
        <source>The passphrase is empty. Choose one only you know.</source>
        <translation>La phrase secrète est vide. Choisissez-en une que personne d&apos;autre ne connaît.</translation>
    </message>
    <message>
        <source>The passphrase is shorter than %1 characters. A few unrelated words make a long one that is easy to remember.</source>
        <translation>La phrase secrète fait moins de %1 caractères. Quelques mots sans rapport entre eux en font une longue et facile à retenir.</translation>
    </message>
    <message>
        <source>This person already has an account.</source>
        <translation>Cette personne a déjà un compte.</translation>
    </message>
    <message>
        <source>creating the account</source>
        <translation>la création du compte</translation>
    </message>
    <message>
        <source>looking up the account</source>
        <translation>la recherche du compte</translation>
    </message>
    <message>
        <source>Nobody with the email %1 is in this database. Check the address, or ask the owner to add you.</source>
        <translation>Personne dans cette base de données n&apos;a l&apos;adresse e-mail %1. Vérifiez l&apos;adresse ou demandez au propriétaire de vous ajouter.</translation>
    </message>
    <message>
        <source>%1 has left the organisation, so the account is closed.</source>
        <translation>%1 a quitté l&apos;organisation&#xa0;; le compte est donc fermé.</translation>
    </message>
    <message>
        <source>reading the account</source>
        <translation>la lecture du compte</translation>
    </message>
    <message>
        <source>%1 has no account yet. The owner gives each person one on the Team page.</source>
        <translation>%1 n&apos;a pas encore de compte. Le propriétaire en attribue un à chaque personne sur la page «&#xa0;Équipe&#xa0;».</translation>
    </message>
    <message>
        <source>counting a wrong passphrase</source>
        <translation>le décompte d&apos;une phrase secrète incorrecte</translation>
    </message>
    <message>
        <source>The recovery code for %1 is wrong.</source>
        <translation>Le code de récupération de %1 est incorrect.</translation>
    </message>
    <message>
        <source>The passphrase for %1 is wrong.</source>
        <translation>La phrase secrète de %1 est incorrecte.</translation>
    </message>
    <message>
        <source>signing in</source>
        <translation>la connexion</translation>
    </message>
    <message>
        <source>Too many wrong passphrases for %1. Try again in %2 seconds.</source>
        <translation>Trop de phrases secrètes incorrectes pour %1. Réessayez dans %2 secondes.</translation>
    </message>
    <message>
        <source>saving the new passphrase</source>
        <translation>l&apos;enregistrement de la nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>saving the recovery code</source>
        <translation>l&apos;enregistrement du code de récupération</translation>
    </message>
    <message>
        <source>%1 has not made a recovery code. Without the passphrase the private data cannot be opened; the owner can only give a fresh, empty account.</source>
        <translation>%1 n&apos;a pas créé de code de récupération. Sans la phrase secrète, les données privées ne peuvent pas être ouvertes&#xa0;; le propriétaire peut seulement attribuer un nouveau compte, vide.</translation>
    </message>
    <message>
        <source>Too many wrong attempts for %1. Try again in %2 seconds.</source>
        <translation>Trop de tentatives incorrectes pour %1. Réessayez dans %2 secondes.</translation>
    </message>
    <message>
        <source>That person no longer exists.</source>
        <translation>Cette personne n&apos;existe plus.</translation>
    </message>
    <message>
        <source>reading the account&apos;s key pair</source>
        <translation>la lecture de la paire de clés du compte</translation>
    </message>
    <message>
        <source>The account of person %1 no longer exists.</source>
        <translation>Le compte de la personne %1 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The key pair of this account was altered outside Consentric; restore a backup.</source>
        <translation>La paire de clés de ce compte a été modifiée en dehors de Consentric&#xa0;; restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>The public key of this account does not match its secret key; it was altered outside Consentric. Restore a backup.</source>
        <translation>La clé publique de ce compte ne correspond pas à sa clé secrète&#xa0;; elle a été modifiée en dehors de Consentric. Restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>saving the account&apos;s key pair</source>
        <translation>l&apos;enregistrement de la paire de clés du compte</translation>
    </message>
</context>
<context>
    <name>consentric::consent::AuditLog</name>
    <message>
        <source>locking the audit log</source>
        <translation>le verrouillage du journal d&apos;audit</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>la lecture du journal d&apos;audit</translation>
    </message>
    <message>
        <source>writing to the audit log</source>
        <translation>l&apos;écriture dans le journal d&apos;audit</translation>
    </message>
    <message>
        <source>entry %1 is missing: the log jumps from %2 to %3</source>
        <translation>l&apos;entrée %1 manque&#xa0;: le journal passe de %2 à %3</translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it</source>
        <translation>l&apos;entrée %1 ne fait pas suite à l&apos;entrée précédente</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation>l&apos;entrée %1 a été modifiée après avoir été écrite</translation>
    </message>
    <message>
        <source>the expected head %1 is not in the chain: entries were removed from its end, or it belongs to another database</source>
        <translation>l&apos;empreinte de tête attendue %1 ne figure pas dans la chaîne&#xa0;: des entrées ont été retirées de sa fin, ou elle appartient à une autre base de données</translation>
    </message>
    <message>
        <source>reading a public key</source>
        <translation>la lecture d&apos;une clé publique</translation>
    </message>
    <message>
        <source>Only the owner or an admin reads the whole audit log; you can read the entries about you in “My audit trail”.</source>
        <translation>Seul le propriétaire ou un administrateur peut lire l&apos;intégralité du journal d&apos;audit&#xa0;; vous pouvez lire les entrées qui vous concernent dans «&#xa0;Ma piste d&apos;audit&#xa0;».</translation>
    </message>
    <message>
        <source>Audit entry %1 does not open with your key: it was altered outside Consentric. Run “consentric audit --verify”.</source>
        <translation>L&apos;entrée d&apos;audit %1 ne s&apos;ouvre pas avec votre clé&#xa0;: elle a été modifiée en dehors de Consentric. Exécutez «&#xa0;consentric audit --verify&#xa0;».</translation>
    </message>
</context>
<context>
    <name>consentric::consent::BusinessView</name>
    <message>
        <source>counting the team&apos;s reach</source>
        <translation>le décompte de la portée de l&apos;équipe</translation>
    </message>
    <message>
        <source>reading shared connections</source>
        <translation>la lecture des relations partagées</translation>
    </message>
</context>
<context>
    <name>consentric::consent::ContactDetails</name>
    <message>
        <source>The decrypted details are not in the expected form.</source>
        <translation>Les coordonnées déchiffrées n&apos;ont pas la forme attendue.</translation>
    </message>
</context>
<context>
    <name>consentric::consent::ContactVault</name>
    <message>
        <source>finding a company</source>
        <translation>la recherche d&apos;une entreprise</translation>
    </message>
    <message>
        <source>adding a company</source>
        <translation>l&apos;ajout d&apos;une entreprise</translation>
    </message>
    <message>
        <source>storing a contact</source>
        <translation>l&apos;enregistrement d&apos;un contact</translation>
    </message>
    <message>
        <source>Contact %1 is not one of your contacts; nothing was changed.</source>
        <translation>Le contact %1 ne fait pas partie de vos contacts&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The stored details of contact %1 do not open with your key: they were altered outside Consentric, or copied from another row. Nothing of them is shown. Restore a backup, or erase this contact.</source>
        <translation>Les coordonnées enregistrées du contact %1 ne s&apos;ouvrent pas avec votre clé&#xa0;: elles ont été modifiées en dehors de Consentric, ou copiées depuis une autre ligne. Rien n&apos;en est affiché. Restaurez une sauvegarde ou effacez ce contact.</translation>
    </message>
    <message>
        <source>reading a contact</source>
        <translation>la lecture d&apos;un contact</translation>
    </message>
    <message>
        <source>Contact %1 no longer exists.</source>
        <translation>Le contact %1 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Contact %1 is not one of your contacts.</source>
        <translation>Le contact %1 ne fait pas partie de vos contacts.</translation>
    </message>
    <message>
        <source>reading your contacts</source>
        <translation>la lecture de vos contacts</translation>
    </message>
</context>
<context>
    <name>consentric::consent::Erasure</name>
    <message>
        <source>Only the owner or an admin erases someone else&apos;s data; an employee erases only their own.</source>
        <translation>Seul le propriétaire ou un administrateur efface les données de quelqu&apos;un d&apos;autre&#xa0;; un employé n&apos;efface que les siennes.</translation>
    </message>
    <message>
        <source>Nobody with the email %1 is in this database.</source>
        <translation>Personne dans cette base de données n&apos;a l&apos;adresse e-mail %1.</translation>
    </message>
    <message>
        <source>The owner&apos;s own data is erased by the owner, without --left.</source>
        <translation>Les données du propriétaire sont effacées par le propriétaire lui-même, sans --left.</translation>
    </message>
    <message>
        <source>counting the connections to erase</source>
        <translation>le décompte des relations à effacer</translation>
    </message>
    <message>
        <source>erasing the connections</source>
        <translation>l&apos;effacement des relations</translation>
    </message>
    <message>
        <source>Only the owner or an admin gives someone a fresh account.</source>
        <translation>Seul le propriétaire ou un administrateur peut attribuer un nouveau compte à quelqu&apos;un.</translation>
    </message>
    <message>
        <source>Nobody active with the email %1 is in this database.</source>
        <translation>Aucune personne active dans cette base de données n&apos;a l&apos;adresse e-mail %1.</translation>
    </message>
    <message>
        <source>Your own passphrase is changed under Settings, or recovered with your recovery key.</source>
        <translation>Votre propre phrase secrète se change dans les Paramètres, ou se récupère avec votre clé de récupération.</translation>
    </message>
    <message>
        <source>closing the old account</source>
        <translation>la fermeture de l&apos;ancien compte</translation>
    </message>
</context>
<context>
    <name>consentric::consent::Participation</name>
    <message>
        <source>reading the consent ledger</source>
        <translation>la lecture du registre de consentement</translation>
    </message>
    <message>
        <source>The consent ledger was changed outside Consentric at row %1, so nothing was changed. Restore a backup, and run “consentric audit --verify” to see what else was touched.</source>
        <translation>Le registre de consentement a été modifié en dehors de Consentric à la ligne %1&#xa0;; rien n&apos;a donc été modifié. Restaurez une sauvegarde, puis exécutez «&#xa0;consentric audit --verify&#xa0;» pour voir ce qui a été touché d&apos;autre.</translation>
    </message>
    <message>
        <source>locking the consent ledger</source>
        <translation>le verrouillage du registre de consentement</translation>
    </message>
    <message>
        <source>changing participation</source>
        <translation>la modification de la participation</translation>
    </message>
    <message>
        <source>Only an active member of the team can join or leave the program.</source>
        <translation>Seul un membre actif de l&apos;équipe peut rejoindre ou quitter le programme.</translation>
    </message>
    <message>
        <source>writing to the consent ledger</source>
        <translation>l&apos;écriture dans le registre de consentement</translation>
    </message>
    <message>
        <source>The connection policy is missing from this build of Consentric; reinstall it.</source>
        <translation>La politique relative aux relations est absente de cette version de Consentric&#xa0;; réinstallez Consentric.</translation>
    </message>
    <message>
        <source>The connection policy is now version %1, not %2. Read the current version before you join.</source>
        <translation>La politique relative aux relations en est désormais à la version %1, et non %2. Lisez la version actuelle avant de rejoindre le programme.</translation>
    </message>
    <message>
        <source>reading participation</source>
        <translation>la lecture de la participation</translation>
    </message>
</context>
<context>
    <name>consentric::consent::People</name>
    <message>
        <source>reading the organisation</source>
        <translation>la lecture de l&apos;organisation</translation>
    </message>
    <message>
        <source>The organisation needs a name.</source>
        <translation>L&apos;organisation doit avoir un nom.</translation>
    </message>
    <message>
        <source>This database already belongs to “%1”. Create a new database for another organisation.</source>
        <translation>Cette base de données appartient déjà à «&#xa0;%1&#xa0;». Créez une nouvelle base de données pour une autre organisation.</translation>
    </message>
    <message>
        <source>creating the organisation</source>
        <translation>la création de l&apos;organisation</translation>
    </message>
    <message>
        <source>reading departments</source>
        <translation>la lecture des services</translation>
    </message>
    <message>
        <source>A department needs a name.</source>
        <translation>Un service doit avoir un nom.</translation>
    </message>
    <message>
        <source>finding the department</source>
        <translation>la recherche du service</translation>
    </message>
    <message>
        <source>adding the department</source>
        <translation>l&apos;ajout du service</translation>
    </message>
    <message>
        <source>“%1” is not an email address. Write it as name@example.com.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail. Écrivez-la sous la forme nom@example.com.</translation>
    </message>
    <message>
        <source>The person needs a name.</source>
        <translation>La personne doit avoir un nom.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters; shorten it.</source>
        <translation>Le nom dépasse %1 caractères&#xa0;; raccourcissez-le.</translation>
    </message>
    <message>
        <source>Choose a department for %1.</source>
        <translation>Choisissez un service pour %1.</translation>
    </message>
    <message>
        <source>%1 already has the email %2. Use another address, or edit that person instead.</source>
        <translation>%1 a déjà l&apos;adresse e-mail %2. Utilisez une autre adresse ou modifiez plutôt cette personne.</translation>
    </message>
    <message>
        <source>checking the owner</source>
        <translation>la vérification du propriétaire</translation>
    </message>
    <message>
        <source>This organisation already has an owner. Add %1 as an admin instead.</source>
        <translation>Cette organisation a déjà un propriétaire. Ajoutez plutôt %1 en tant qu&apos;administrateur.</translation>
    </message>
    <message>
        <source>adding a person</source>
        <translation>l&apos;ajout d&apos;une personne</translation>
    </message>
    <message>
        <source>That person no longer exists; the list was refreshed.</source>
        <translation>Cette personne n&apos;existe plus&#xa0;; la liste a été actualisée.</translation>
    </message>
    <message>
        <source>The owner&apos;s role cannot be changed here, and nobody else can become the owner.</source>
        <translation>Le rôle du propriétaire ne peut pas être modifié ici, et personne d&apos;autre ne peut devenir propriétaire.</translation>
    </message>
    <message>
        <source>%1 already has the email %2. Use another address.</source>
        <translation>%1 a déjà l&apos;adresse e-mail %2. Utilisez une autre adresse.</translation>
    </message>
    <message>
        <source>saving the person</source>
        <translation>l&apos;enregistrement de la personne</translation>
    </message>
    <message>
        <source>The owner cannot be marked as having left. Hand the organisation to someone else first.</source>
        <translation>Impossible de marquer le départ du propriétaire. Confiez d&apos;abord l&apos;organisation à quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>changing the person&apos;s status</source>
        <translation>le changement de statut de la personne</translation>
    </message>
    <message>
        <source>checking the person&apos;s contacts</source>
        <translation>la vérification des contacts de la personne</translation>
    </message>
    <message>
        <source>This person already has contacts, so they can only be marked as having left.</source>
        <translation>Cette personne a déjà des contacts&#xa0;; on peut seulement marquer son départ.</translation>
    </message>
    <message>
        <source>removing the person</source>
        <translation>la suppression de la personne</translation>
    </message>
    <message>
        <source>reading people</source>
        <translation>la lecture des personnes</translation>
    </message>
</context>
<context>
    <name>consentric::consent::Pseudonyms</name>
    <message>
        <source>reading the pseudonym key</source>
        <translation>la lecture de la clé de pseudonymisation</translation>
    </message>
    <message>
        <source>The pseudonym key stored for %1 does not open: %2</source>
        <translation>La clé de pseudonymisation enregistrée pour %1 ne s&apos;ouvre pas&#xa0;: %2</translation>
    </message>
    <message>
        <source>reading the pseudonym keys</source>
        <translation>la lecture des clés de pseudonymisation</translation>
    </message>
    <message>
        <source>saving the pseudonym key</source>
        <translation>l&apos;enregistrement de la clé de pseudonymisation</translation>
    </message>
    <message>
        <source>finding colleagues without the pseudonym key</source>
        <translation>la recherche des collègues qui n&apos;ont pas la clé de pseudonymisation</translation>
    </message>
    <message>
        <source>passing on the pseudonym key</source>
        <translation>la transmission de la clé de pseudonymisation</translation>
    </message>
</context>
<context>
    <name>consentric::consent::SecretKey</name>
    <message>
        <source>A stored key has the wrong length; the database may be damaged.</source>
        <translation>Une clé enregistrée n&apos;a pas la bonne longueur&#xa0;; la base de données est peut-être endommagée.</translation>
    </message>
</context>
<context>
    <name>consentric::consent::Sharing</name>
    <message>
        <source>reading a connection</source>
        <translation>la lecture d&apos;une relation</translation>
    </message>
    <message>
        <source>changing a sharing level</source>
        <translation>la modification d&apos;un niveau de partage</translation>
    </message>
    <message>
        <source>Connection %1 is not one of your connections; nothing was changed.</source>
        <translation>La relation %1 ne fait pas partie de vos relations&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Connection %1 is %2: personal and family connections leave private one at a time. Nothing was changed; choose it on its own and confirm.</source>
        <translation>La relation %1 est classée «&#xa0;%2&#xa0;»&#xa0;: les relations personnelles et familiales ne quittent le niveau «&#xa0;privé&#xa0;» qu&apos;une par une. Rien n&apos;a été modifié&#xa0;; sélectionnez-la seule et confirmez.</translation>
    </message>
    <message>
        <source>Connection %1 is %2: confirm that the business may see it before it leaves private.</source>
        <translation>La relation %1 est classée «&#xa0;%2&#xa0;»&#xa0;: confirmez que l&apos;entreprise peut la voir avant qu&apos;elle quitte le niveau «&#xa0;privé&#xa0;».</translation>
    </message>
    <message>
        <source>Name a company, for example --company &quot;Acme Inc.&quot;.</source>
        <translation>Indiquez une entreprise, par exemple --company &quot;Acme Inc.&quot;.</translation>
    </message>
</context>
<context>
    <name>consentric::consent::TeamOverview</name>
    <message>
        <source>reading the team</source>
        <translation>la lecture de l&apos;équipe</translation>
    </message>
    <message>
        <source>counting the team by department</source>
        <translation>le décompte de l&apos;équipe par service</translation>
    </message>
    <message>
        <source>counting discoverable connections</source>
        <translation>le décompte des relations découvrables</translation>
    </message>
</context>
<context>
    <name>consentric::contacts</name>
    <message>
        <source>reading your connections</source>
        <translation>la lecture de vos relations</translation>
    </message>
</context>
<context>
    <name>consentric::contacts::ContactStore</name>
    <message>
        <source>checking the employee</source>
        <translation>la vérification de l&apos;employé</translation>
    </message>
    <message>
        <source>Connections can only be added for an active member of the team.</source>
        <translation>Des relations ne peuvent être ajoutées que pour un membre actif de l&apos;équipe.</translation>
    </message>
    <message>
        <source>Contact %1 has neither a name nor an email address; give it one of them.</source>
        <translation>Le contact %1 n&apos;a ni nom ni adresse e-mail&#xa0;; indiquez l&apos;un des deux.</translation>
    </message>
    <message>
        <source>The strength of “%1” must be between 1 and 5.</source>
        <translation>La force de «&#xa0;%1&#xa0;» doit être comprise entre 1 et 5.</translation>
    </message>
    <message>
        <source>Connection %1 is not one of your connections.</source>
        <translation>La relation %1 ne fait pas partie de vos relations.</translation>
    </message>
    <message>
        <source>The strength must be between 1 and 5.</source>
        <translation>La force doit être comprise entre 1 et 5.</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>Un contact doit avoir un nom.</translation>
    </message>
    <message>
        <source>Connection %1 is not one of your connections; nothing was changed.</source>
        <translation>La relation %1 ne fait pas partie de vos relations&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Connection %1 is %2 to the business. Make it private before you call it personal or family; nothing was changed.</source>
        <translation>La relation %1 est au niveau «&#xa0;%2&#xa0;» pour l&apos;entreprise. Repassez-la au niveau «&#xa0;privé&#xa0;» avant de la classer comme personnelle ou familiale&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>editing a connection</source>
        <translation>la modification d&apos;une relation</translation>
    </message>
    <message>
        <source>finding a connection</source>
        <translation>la recherche d&apos;une relation</translation>
    </message>
    <message>
        <source>Connection %1 is not one of your connections; nothing was removed.</source>
        <translation>La relation %1 ne fait pas partie de vos relations&#xa0;; rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>removing a contact</source>
        <translation>la suppression d&apos;un contact</translation>
    </message>
    <message>
        <source>adding contacts</source>
        <translation>l’ajout de contacts</translation>
    </message>
    <message>
        <source>adding connections</source>
        <translation>l’ajout de relations</translation>
    </message>
</context>
<context>
    <name>consentric::contacts::import</name>
    <message>
        <source>Line %1: “%2” is not an email address; the contact is kept without it.</source>
        <translation>Ligne %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une adresse e-mail&#xa0;; le contact est conservé sans cette adresse.</translation>
    </message>
    <message>
        <source>Line %1: the date “%2” is not a date; the contact is kept without it.</source>
        <translation>Ligne %1&#xa0;: la date «&#xa0;%2&#xa0;» n&apos;est pas une date valide&#xa0;; le contact est conservé sans cette date.</translation>
    </message>
    <message>
        <source>Line %1: the row has %2 cells but the header has %3; the extra cells are ignored.</source>
        <translation>Ligne %1&#xa0;: cette ligne compte %2 cellules, mais l&apos;en-tête en compte %3&#xa0;; les cellules en trop sont ignorées.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field starting here is never closed; the rest of the file was read into it.</source>
        <translation>Ligne %1&#xa0;: un champ entre guillemets commence ici et n&apos;est jamais fermé&#xa0;; tout le reste du fichier a été lu dans ce champ.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>Choose a column for names, email addresses or profile addresses: without one no contact can be read.</source>
        <translation>Choisissez une colonne pour les noms, les adresses e-mail ou les adresses de profil&#xa0;: sans elle, aucun contact ne peut être lu.</translation>
    </message>
    <message>
        <source>This file does not look like a list of contacts: none of its columns holds names, email addresses or profile addresses. Choose a CSV export from LinkedIn, Google, Outlook or Thunderbird, or map the columns by hand.</source>
        <translation>Ce fichier ne ressemble pas à une liste de contacts&#xa0;: aucune de ses colonnes ne contient de noms, d&apos;adresses e-mail ou d&apos;adresses de profil. Choisissez une exportation CSV de LinkedIn, Google, Outlook ou Thunderbird, ou établissez manuellement la correspondance des colonnes.</translation>
    </message>
    <message>
        <source>Consentric does not know the encoding “%1”. Choose one from the list.</source>
        <translation>Consentric ne connaît pas l&apos;encodage «&#xa0;%1&#xa0;». Choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>LinkedIn connections (CSV)</source>
        <translation>Relations LinkedIn (CSV)</translation>
    </message>
    <message>
        <source>Google Contacts (CSV)</source>
        <translation>Google Contacts (CSV)</translation>
    </message>
    <message>
        <source>Outlook contacts (CSV)</source>
        <translation>Contacts Outlook (CSV)</translation>
    </message>
    <message>
        <source>Thunderbird address book (CSV)</source>
        <translation>Carnet d&apos;adresses Thunderbird (CSV)</translation>
    </message>
    <message>
        <source>Table of contacts (CSV)</source>
        <translation>Tableau de contacts (CSV)</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>Line %1: a contact with neither a name, an email nor a profile address; skipped.</source>
        <translation>Ligne %1&#xa0;: un contact sans nom, sans adresse e-mail ni adresse du profil&#xa0;; il est ignoré.</translation>
    </message>
    <message>
        <source>The file holds no contacts.</source>
        <translation>Le fichier ne contient aucun contact.</translation>
    </message>
    <message>
        <source>This file is not text, so it holds no contacts Consentric can read. Choose a CSV export (from LinkedIn, Google, Outlook or Thunderbird) or a vCard file (.vcf).</source>
        <translation>Ce fichier n&apos;est pas un fichier texte&#xa0;; il ne contient donc aucun contact que Consentric sache lire. Choisissez une exportation CSV (de LinkedIn, Google, Outlook ou Thunderbird) ou un fichier vCard (.vcf).</translation>
    </message>
    <message>
        <source>Line %1: text outside BEGIN:VCARD and END:VCARD is ignored.</source>
        <translation>Ligne %1&#xa0;: le texte situé en dehors de BEGIN:VCARD et END:VCARD est ignoré.</translation>
    </message>
    <message>
        <source>Line %1: this contact has no BEGIN:VCARD; it was read up to its END:VCARD.</source>
        <translation>Ligne %1&#xa0;: ce contact n&apos;a pas de BEGIN:VCARD&#xa0;; il a été lu jusqu&apos;à son END:VCARD.</translation>
    </message>
    <message>
        <source>Line %1: END:VCARD without a contact to end; ignored.</source>
        <translation>Ligne %1&#xa0;: END:VCARD sans contact à terminer&#xa0;; ignoré.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a vCard property; the line is ignored.</source>
        <translation>Ligne %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une propriété vCard&#xa0;; la ligne est ignorée.</translation>
    </message>
    <message>
        <source>Line %1: the contact starting here has no END:VCARD; it was read up to the end of the file.</source>
        <translation>Ligne %1&#xa0;: le contact qui commence ici n&apos;a pas de END:VCARD&#xa0;; il a été lu jusqu&apos;à la fin du fichier.</translation>
    </message>
    <message>
        <source>This file is not a vCard: it has no BEGIN:VCARD line. Choose a vCard file (.vcf) or a CSV export of contacts.</source>
        <translation>Ce fichier n&apos;est pas un fichier vCard&#xa0;: il ne contient aucune ligne BEGIN:VCARD. Choisissez un fichier vCard (.vcf) ou une exportation CSV de contacts.</translation>
    </message>
    <message numerus="yes">
        <source>Line %1: the contact starting here has %n more line(s) that are not vCard properties; they are ignored.</source>
        <translation>
            <numerusform>Ligne %1&#xa0;: le contact qui commence ici a %n ligne supplémentaire qui n&apos;est pas une propriété vCard&#xa0;; elle est ignorée.</numerusform>
            <numerusform>Ligne %1&#xa0;: le contact qui commence ici a %n lignes supplémentaires qui ne sont pas des propriétés vCard&#xa0;; elles sont ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 has more than %2 fields; only the first %2 were read.</source>
        <translation>La ligne %1 a plus de %2 champs ; seuls les %2 premiers ont été lus.</translation>
    </message>
    <message>
        <source>Line %1 has a field longer than %2 characters; it was cut there.</source>
        <translation>La ligne %1 a un champ de plus de %2 caractères ; il a été coupé là.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is longer than %3 MB; it is ignored.</source>
        <translation>Ligne %1 : « %2 » dépasse %3 Mo ; il est ignoré.</translation>
    </message>
    <message>
        <source>Line %1: the contact starting here has more than %2 properties; only the first %2 were read.</source>
        <translation>Ligne %1 : le contact qui commence ici a plus de %2 propriétés ; seules les %2 premières ont été lues.</translation>
    </message>
</context>
<context>
    <name>consentric::contacts::import::Importer</name>
    <message>
        <source>The file could not be read.</source>
        <translation>Le fichier n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>L&apos;importation a été annulée&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>A connection cannot be merged into itself.</source>
        <translation>Une relation ne peut pas être fusionnée avec elle-même.</translation>
    </message>
</context>
<context>
    <name>consentric::demo</name>
    <message>
        <source>This database already holds an organisation. The demo company needs a new, empty database: give another file.</source>
        <translation>Cette base de données contient déjà une organisation. L&apos;entreprise de démonstration a besoin d&apos;une nouvelle base de données vide&#xa0;: indiquez un autre fichier.</translation>
    </message>
    <message>
        <source>Creating the demo company was cancelled; nothing was written.</source>
        <translation>La création de l&apos;entreprise de démonstration a été annulée&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>counting companies</source>
        <translation>le décompte des entreprises</translation>
    </message>
</context>
<context>
    <name>consentric::graph</name>
    <message>
        <source>The team&apos;s connectors are the owner&apos;s view; an employee sees their own figure.</source>
        <translation>Les passeurs de l’équipe sont la vue du propriétaire ; un employé voit son propre chiffre.</translation>
    </message>
    <message>
        <source>An employee&apos;s own figure comes from their own network.</source>
        <translation>Le chiffre d’un employé vient de son propre réseau.</translation>
    </message>
    <message>
        <source>This network is someone else&apos;s.</source>
        <translation>Ce réseau est celui de quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>Give the name of a company, for example “Acme Inc.”.</source>
        <translation>Indiquez le nom d’une entreprise, par exemple « Acme Inc. ».</translation>
    </message>
    <message>
        <source>Nobody on the team can reach %1 yet: no one taking part has a discoverable or shared connection there.</source>
        <translation>Personne dans l’équipe ne peut encore joindre %1 : aucun participant n’y a de relation repérable ou partagée.</translation>
    </message>
    <message>
        <source>People at %1 the team can reach within 2 hops: %2.</source>
        <translation>Personnes chez %1 que l’équipe peut joindre en 2 étapes : %2.</translation>
    </message>
    <message>
        <source>Through shared connections, named below (ask the employee to introduce you): %1.</source>
        <translation>Par des relations partagées, nommées ci-dessous (demandez à l’employé de vous présenter) : %1.</translation>
    </message>
</context>
<context>
    <name>consentric::graph::Snapshot</name>
    <message>
        <source>reading the team</source>
        <translation>la lecture de l’équipe</translation>
    </message>
    <message>
        <source>%1 is not the owner or an admin, so the team&apos;s network is not available. Sign in as the owner.</source>
        <translation>%1 n’est ni propriétaire ni admin : le réseau de l’équipe n’est pas disponible. Connectez-vous en tant que propriétaire.</translation>
    </message>
    <message>
        <source>reading the team&apos;s network</source>
        <translation>la lecture du réseau de l’équipe</translation>
    </message>
</context>
<context>
    <name>consentric::storage</name>
    <message>
        <source>Consentric does not copy a PostgreSQL server database; use pg_dump instead, for example: pg_dump -h %1 -p %2 -d %3 -F c -f consentric.dump</source>
        <translation>Consentric ne copie pas la base de données d&apos;un serveur PostgreSQL&#xa0;; utilisez plutôt pg_dump, par exemple&#xa0;: pg_dump -h %1 -p %2 -d %3 -F c -f consentric.dump</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist; create it or choose another place for the backup.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n&apos;existe pas&#xa0;; créez-le ou choisissez un autre emplacement pour la sauvegarde.</translation>
    </message>
    <message>
        <source>The backup cannot replace the database it copies; choose another file name.</source>
        <translation>La sauvegarde ne peut pas remplacer la base de données qu&apos;elle copie&#xa0;; choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>writing the backup</source>
        <translation>l&apos;écriture de la sauvegarde</translation>
    </message>
    <message>
        <source>The backup was written but could not be moved to “%1”; check the folder&apos;s permissions.</source>
        <translation>La sauvegarde a été écrite mais n&apos;a pas pu être déplacée vers «&#xa0;%1&#xa0;»&#xa0;; vérifiez les autorisations du dossier.</translation>
    </message>
</context>
<context>
    <name>consentric::storage::Database</name>
    <message>
        <source>There is no database at “%1”. Check the path, or create a new database.</source>
        <translation>Il n&apos;y a pas de base de données à l&apos;emplacement «&#xa0;%1&#xa0;». Vérifiez le chemin ou créez une nouvelle base de données.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Create it first, or choose another place for the database.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n&apos;existe pas. Créez-le d&apos;abord ou choisissez un autre emplacement pour la base de données.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file. Choose a file inside it.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas un fichier de base de données. Choisissez un fichier qu&apos;il contient.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2. Check the file&apos;s permissions.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2. Vérifiez les autorisations du fichier.</translation>
    </message>
    <message>
        <source>“%1” is not a Consentric database (it is not an SQLite file). Nothing was changed; open another file or restore a backup.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une base de données Consentric (ce n&apos;est pas un fichier SQLite). Rien n&apos;a été modifié&#xa0;; ouvrez un autre fichier ou restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed. Install the package %2 and start again.</source>
        <translation>Le pilote Qt SQL %1 n&apos;est pas installé. Installez le paquet %2 et relancez le programme.</translation>
    </message>
    <message>
        <source>opening the database file</source>
        <translation>l&apos;ouverture du fichier de base de données</translation>
    </message>
    <message>
        <source>Connecting to %1 was cancelled: no password was given.</source>
        <translation>La connexion à %1 a été annulée&#xa0;: aucun mot de passe n&apos;a été saisi.</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL database %1: %2. Check that the server is running and the URL is right; a password belongs in PGPASSFILE.</source>
        <translation>Impossible de se connecter à la base de données PostgreSQL %1&#xa0;: %2. Vérifiez que le serveur fonctionne et que l&apos;URL est correcte&#xa0;; le mot de passe doit se trouver dans le PGPASSFILE.</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a Consentric database (%2). It may be damaged or not a database; nothing was changed. Restore a backup or open another file.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu comme une base de données Consentric (%2). Le fichier est peut-être endommagé ou n&apos;est pas une base de données&#xa0;; rien n&apos;a été modifié. Restaurez une sauvegarde ou ouvrez un autre fichier.</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>la lecture de la version du schéma</translation>
    </message>
    <message>
        <source>“%1” is a database, but not a Consentric one (it has other tables and no schema version). Nothing was changed; open another database.</source>
        <translation>«&#xa0;%1&#xa0;» est une base de données, mais pas une base Consentric (elle contient d&apos;autres tables et aucune version de schéma). Rien n&apos;a été modifié&#xa0;; ouvrez une autre base de données.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer Consentric (schema %2; this program knows up to %3). Update Consentric to open it; nothing was changed.</source>
        <translation>«&#xa0;%1&#xa0;» a été écrit par une version plus récente de Consentric (schéma %2&#xa0;; ce programme connaît les schémas jusqu&apos;à %3). Mettez Consentric à jour pour l&apos;ouvrir&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>preparing the database</source>
        <translation>la préparation de la base de données</translation>
    </message>
    <message>
        <source>locking the schema</source>
        <translation>le verrouillage du schéma</translation>
    </message>
    <message>
        <source>creating the schema version table</source>
        <translation>la création de la table de version du schéma</translation>
    </message>
    <message>
        <source>upgrading the database to schema %1</source>
        <translation>la mise à niveau de la base de données vers le schéma %1</translation>
    </message>
    <message>
        <source>recording the schema version</source>
        <translation>l&apos;enregistrement de la version du schéma</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>le démarrage d&apos;une transaction</translation>
    </message>
    <message>
        <source>A change was rolled back because part of it failed; nothing was saved.</source>
        <translation>Une modification a été annulée parce qu&apos;une partie a échoué&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>saving the changes</source>
        <translation>l&apos;enregistrement des modifications</translation>
    </message>
    <message>
        <source>no id was returned</source>
        <translation>aucun identifiant n&apos;a été renvoyé</translation>
    </message>
    <message>
        <source>The database %1 failed while %2: %3.</source>
        <translation>La base de données %1 a rencontré une erreur pendant %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>clearing the write-ahead log</source>
        <translation>le vidage du journal d&apos;écriture anticipée (WAL)</translation>
    </message>
    <message>
        <source>Row ids can only be reserved inside a transaction.</source>
        <translation>Les identifiants de ligne ne peuvent être réservés qu’à l’intérieur d’une transaction.</translation>
    </message>
    <message>
        <source>reserving row ids</source>
        <translation>la réservation d’identifiants de ligne</translation>
    </message>
    <message>
        <source>%1 ids were asked for and %2 returned</source>
        <translation>%1 identifiants demandés et %2 rendus</translation>
    </message>
    <message>
        <source>Internal error while %1: %2 values do not make rows of %3.</source>
        <translation>Erreur interne pendant %1 : %2 valeurs ne forment pas des lignes de %3.</translation>
    </message>
</context>
<context>
    <name>consentric::ui</name>
    <message>
        <source>%1 sign-ins, %2 refused</source>
        <translation>%1 connexions, %2 refusées</translation>
    </message>
    <message>
        <source>%1 connections made %2</source>
        <translation>%1 relations passées au niveau «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>policy version %1</source>
        <translation>version %1 de la politique</translation>
    </message>
    <message>
        <source>as %1</source>
        <translation>au format %1</translation>
    </message>
    <message>
        <source>%1 shared connections</source>
        <translation>%1 relations partagées</translation>
    </message>
</context>
<context>
    <name>consentric::ui::AddConnectionCommand</name>
    <message>
        <source>Add %1</source>
        <translation>l&apos;ajout de %1</translation>
    </message>
</context>
<context>
    <name>consentric::ui::AddPersonCommand</name>
    <message>
        <source>add %1</source>
        <translation>l&apos;ajout de %1</translation>
    </message>
</context>
<context>
    <name>consentric::ui::AuditPage</name>
    <message>
        <source>Organisation set up</source>
        <translation>Organisation configurée</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>Personne ajoutée</translation>
    </message>
    <message>
        <source>Person edited</source>
        <translation>Personne modifiée</translation>
    </message>
    <message>
        <source>Person removed (an add undone)</source>
        <translation>Personne supprimée (ajout annulé)</translation>
    </message>
    <message>
        <source>Marked as left</source>
        <translation>Départ enregistré</translation>
    </message>
    <message>
        <source>Marked as returned</source>
        <translation>Retour enregistré</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Compte créé</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Wrong passphrase</source>
        <translation>Phrase secrète incorrecte</translation>
    </message>
    <message>
        <source>Signed in with a recovery code</source>
        <translation>Connexion avec un code de récupération</translation>
    </message>
    <message>
        <source>Sign-ins that day</source>
        <translation>Connexions ce jour-là</translation>
    </message>
    <message>
        <source>Private entry (an employee&apos;s own decision)</source>
        <translation>Entrée privée (décision personnelle d&apos;un employé)</translation>
    </message>
    <message>
        <source>Sharing level changed</source>
        <translation>Niveau de partage modifié</translation>
    </message>
    <message>
        <source>Joined the program</source>
        <translation>Programme rejoint</translation>
    </message>
    <message>
        <source>Left the program</source>
        <translation>Programme quitté</translation>
    </message>
    <message>
        <source>Exported own data</source>
        <translation>Export de ses propres données</translation>
    </message>
    <message>
        <source>Connections erased</source>
        <translation>Relations effacées</translation>
    </message>
    <message>
        <source>Connections erased, account closed</source>
        <translation>Relations effacées, compte fermé</translation>
    </message>
    <message>
        <source>Owner read shared connections</source>
        <translation>Lecture des relations partagées par le propriétaire</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Date (UTC)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Every entry is chained to the one before it, so an edited or removed entry is found by the check below. Sign-ins appear only as counts per day; employees&apos; own decisions appear as private entries that only they can open.</source>
        <translation>Chaque entrée est chaînée à la précédente&#xa0;: une entrée modifiée ou supprimée est donc détectée par la vérification ci-dessous. Les connexions n&apos;apparaissent que sous forme de totaux par jour&#xa0;; les décisions personnelles des employés apparaissent comme des entrées privées qu&apos;eux seuls peuvent ouvrir.</translation>
    </message>
    <message>
        <source>The entries about you and your data. Your own decisions are sealed to your key: the owner sees only that an entry exists.</source>
        <translation>Les entrées qui vous concernent, vous et vos données. Vos propres décisions sont scellées avec votre clé&#xa0;: le propriétaire voit seulement qu&apos;une entrée existe.</translation>
    </message>
    <message>
        <source>&amp;Check the chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Intact: %1 entries. Head: %2</source>
        <translation>Intact&#xa0;: %1 entrées. Tête&#xa0;: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Broken:&lt;/b&gt; %1. Restore a backup and find out who had the database file.</source>
        <translation>&lt;b&gt;Corrompu&#xa0;:&lt;/b&gt; %1. Restaurez une sauvegarde et cherchez qui a eu accès au fichier de base de données.</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>My audit trail</source>
        <translation>Ma piste d&apos;audit</translation>
    </message>
</context>
<context>
    <name>consentric::ui::BulkEditDialog</name>
    <message>
        <source>Set the con&amp;text to</source>
        <translation>Définir le &amp;contexte sur</translation>
    </message>
    <message>
        <source>Set the &amp;strength to</source>
        <translation>Définir la &amp;force sur</translation>
    </message>
    <message>
        <source>Replace the &amp;notes with</source>
        <translation>Remplacer les &amp;notes par</translation>
    </message>
    <message>
        <source>Edit %1 connections</source>
        <translation>Modifier %1 relations</translation>
    </message>
    <message>
        <source>Only what you tick changes; the rest stays as it is for each connection.</source>
        <translation>Seul ce que vous cochez change&#xa0;; le reste demeure inchangé pour chaque relation.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::BusinessPreviewPage</name>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Yours there</source>
        <translation>Vos relations</translation>
    </message>
    <message>
        <source>Contacts the business counts</source>
        <translation>Contacts comptés par l&apos;entreprise</translation>
    </message>
    <message>
        <source>Team members who reach them</source>
        <translation>Membres de l&apos;équipe qui les connaissent</translation>
    </message>
    <message>
        <source>None of your connections counts in the business&apos;s figures: nothing of yours is discoverable or shared, or you are not taking part.</source>
        <translation>Aucune de vos relations ne compte dans les chiffres de l&apos;entreprise&#xa0;: rien de ce qui vous appartient n&apos;est découvrable ou partagé, ou vous ne participez pas.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Profile address</source>
        <translation>Adresse du profil</translation>
    </message>
    <message>
        <source>The owner sees none of your connections by name.</source>
        <translation>Le propriétaire ne voit aucune de vos relations nominativement.</translation>
    </message>
    <message>
        <source>This is exactly what the owner&apos;s views contain from your data, computed by the same code. Private connections never appear; discoverable ones only inside counts.</source>
        <translation>Voici exactement ce que les vues du propriétaire contiennent de vos données, calculé par le même code. Les relations privées n&apos;apparaissent jamais&#xa0;; les relations découvrables, uniquement dans des totaux.</translation>
    </message>
    <message>
        <source>Companies your connections count towards</source>
        <translation>Entreprises dans lesquelles vos relations sont comptées</translation>
    </message>
    <message>
        <source>Your shared connections, as the owner sees them</source>
        <translation>Vos relations partagées, telles que le propriétaire les voit</translation>
    </message>
    <message>
        <source>What the business sees</source>
        <translation>Ce que voit l&apos;entreprise</translation>
    </message>
    <message>
        <source>On the Team page</source>
        <translation>Sur la page «&#xa0;Équipe&#xa0;»</translation>
    </message>
    <message>
        <source>In the figures by company</source>
        <translation>Dans les chiffres par entreprise</translation>
    </message>
    <message>
        <source>By name (shared)</source>
        <translation>Nominativement (relations partagées)</translation>
    </message>
    <message>
        <source>You take part in the referral program.</source>
        <translation>Vous participez au programme de recommandation.</translation>
    </message>
    <message>
        <source>You are not taking part in the referral program, so the business sees none of your connections. Your choices are kept for when you join again.</source>
        <translation>Vous ne participez pas au programme de recommandation&#xa0;; l&apos;entreprise ne voit donc aucune de vos relations. Vos choix sont conservés pour le jour où vous le rejoindrez à nouveau.</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1, %2, %3. Shared connections: &lt;b&gt;%4&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1, %2, %3. Relations partagées&#xa0;: &lt;b&gt;%4&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your department, %1: people taking part: &lt;b&gt;%2&lt;/b&gt;; discoverable connections: &lt;b&gt;%3&lt;/b&gt;. Who takes part is shown only per department, and “fewer than 3” hides small groups.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Votre service, %1&#xa0;: personnes participantes&#xa0;: &lt;b&gt;%2&lt;/b&gt;&#xa0;; relations découvrables&#xa0;: &lt;b&gt;%3&lt;/b&gt;. La participation n&apos;est affichée que par service, et «&#xa0;moins de 3&#xa0;» masque les petits groupes.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>consentric::ui::ConnectionDialog</name>
    <message>
        <source>1: we met once; 5: I would call them today</source>
        <translation>1&#xa0;: rencontré une seule fois&#xa0;; 5&#xa0;: je l&apos;appellerais aujourd&apos;hui même</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Modifier la relation</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>Only you can read your notes, whatever the sharing level.</source>
        <translation>Vous seul pouvez lire vos notes, quel que soit le niveau de partage.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Profile &amp;address:</source>
        <translation>&amp;Adresse du profil&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>Entre&amp;prise&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>Con&amp;text:</source>
        <translation>&amp;Contexte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Strength (1–5):</source>
        <translation>Fo&amp;rce (1–5)&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>A new contact starts private: only you can see it until you choose otherwise.</source>
        <translation>Un nouveau contact commence au niveau «&#xa0;privé&#xa0;»&#xa0;: vous seul pouvez le voir jusqu&apos;à ce que vous en décidiez autrement.</translation>
    </message>
    <message>
        <source>Give the contact a name or an email address.</source>
        <translation>Indiquez un nom ou une adresse e-mail pour le contact.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::ConnectionsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Force</translation>
    </message>
    <message>
        <source>Sharing level</source>
        <translation>Niveau de partage</translation>
    </message>
</context>
<context>
    <name>consentric::ui::ConnectionsPage</name>
    <message>
        <source>The business will count this person in its figures for their company (“team members can reach 3 people at Acme”), never who they are or that they are yours. Requests to meet them come to you first.</source>
        <translation>L&apos;entreprise comptera cette personne dans ses chiffres par entreprise («&#xa0;les membres de l&apos;équipe peuvent joindre 3 personnes chez Acme&#xa0;»), sans jamais savoir qui elle est ni qu&apos;elle fait partie de vos relations. Les demandes pour la rencontrer vous sont d&apos;abord adressées.</translation>
    </message>
    <message>
        <source>The owner will see this person&apos;s name, email, phone, profile address, company and title, and that they are your connection. Your notes stay yours.</source>
        <translation>Le propriétaire verra le nom, l&apos;e-mail, le téléphone, l&apos;adresse du profil, l&apos;entreprise et la fonction de cette personne, ainsi que le fait qu&apos;elle fait partie de vos relations. Vos notes restent les vôtres.</translation>
    </message>
    <message>
        <source>Only you will see this connection.</source>
        <translation>Vous seul verrez cette relation.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>My connections</source>
        <translation>Mes relations</translation>
    </message>
    <message>
        <source>Search your connections (Ctrl+F)</source>
        <translation>Rechercher dans vos relations (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search your connections</source>
        <translation>Rechercher dans vos relations</translation>
    </message>
    <message>
        <source>Any context</source>
        <translation>Tous les contextes</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Tous les niveaux</translation>
    </message>
    <message>
        <source>Sharing level</source>
        <translation>Niveau de partage</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>&amp;Ajouter un contact…</translation>
    </message>
    <message>
        <source>Add a contact by hand (Insert)</source>
        <translation>Ajouter un contact manuellement (Inser)</translation>
    </message>
    <message>
        <source>Edit the selected connections (Enter)</source>
        <translation>Modifier les relations sélectionnées (Entrée)</translation>
    </message>
    <message>
        <source>Make &amp;private</source>
        <translation>Passer en &amp;privé</translation>
    </message>
    <message>
        <source>Make &amp;discoverable</source>
        <translation>Passer en &amp;découvrable</translation>
    </message>
    <message>
        <source>Make &amp;shared…</source>
        <translation>Passer en par&amp;tagé…</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>P&amp;lus</translation>
    </message>
    <message>
        <source>Set the level of everyone at a &amp;company…</source>
        <translation>Définir le niveau de toutes vos relations dans une &amp;entreprise…</translation>
    </message>
    <message>
        <source>Set the level of all &amp;professional connections…</source>
        <translation>Définir le niveau de toutes les relations &amp;professionnelles…</translation>
    </message>
    <message>
        <source>Selected:</source>
        <translation>Sélection&#xa0;:</translation>
    </message>
    <message>
        <source>Private: %1 · Discoverable: %2 · Shared: %3</source>
        <translation>Privées&#xa0;: %1 · Découvrables&#xa0;: %2 · Partagées&#xa0;: %3</translation>
    </message>
    <message>
        <source>You take part in the referral program: the business sees what you made discoverable (as counts) and shared. You can leave at any time on the Policy page.</source>
        <translation>Vous participez au programme de recommandation&#xa0;: l&apos;entreprise voit ce que vous avez rendu découvrable (sous forme de totaux) et partagé. Vous pouvez le quitter à tout moment sur la page «&#xa0;Politique&#xa0;».</translation>
    </message>
    <message>
        <source>You are not taking part in the referral program: the business sees none of your connections, whatever their level. To take part, read and accept the policy on the Policy page.</source>
        <translation>Vous ne participez pas au programme de recommandation&#xa0;: l&apos;entreprise ne voit aucune de vos relations, quel que soit leur niveau. Pour participer, lisez et acceptez la politique sur la page «&#xa0;Politique&#xa0;».</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>Personal and family connections leave private one at a time. Select just one of them, or filter the list to Professional.</source>
        <translation>Les relations personnelles et familiales ne quittent le niveau «&#xa0;privé&#xa0;» qu&apos;une par une. Sélectionnez-en une seule, ou filtrez la liste sur «&#xa0;professionnel&#xa0;».</translation>
    </message>
    <message>
        <source>Make a %1 connection %2?</source>
        <translation>Passer en «&#xa0;%2&#xa0;» une relation classée «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>“%1” is a %2 connection. %3</source>
        <translation>«&#xa0;%1&#xa0;» est une relation classée «&#xa0;%2&#xa0;». %3</translation>
    </message>
    <message>
        <source>Make %1</source>
        <translation>Passer en %1</translation>
    </message>
    <message>
        <source>Share %1 connections with the owner?</source>
        <translation>Partager %1 relations avec le propriétaire&#xa0;?</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Partager</translation>
    </message>
    <message>
        <source>Changed the level of %1 connections to %2.</source>
        <translation>%1 relations sont passées au niveau «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Personal and family connections left as they were: %1.</source>
        <translation>Relations personnelles et familiales laissées inchangées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Name a company.</source>
        <translation>Indiquez une entreprise.</translation>
    </message>
    <message>
        <source>None of your connections works at “%1”.</source>
        <translation>Aucune de vos relations ne travaille chez «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Added %1, private.</source>
        <translation>Contact ajouté&#xa0;: %1, au niveau «&#xa0;privé&#xa0;».</translation>
    </message>
    <message>
        <source>Connection %1 is no longer in your list.</source>
        <translation>La relation %1 ne figure plus dans votre liste.</translation>
    </message>
    <message>
        <source>Everyone at a company</source>
        <translation>Toutes vos relations dans une entreprise</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>Everyone at %1</source>
        <translation>Toutes vos relations chez %1</translation>
    </message>
    <message>
        <source>Sharing level for your professional connections there (personal and family ones stay as they are):</source>
        <translation>Niveau de partage de vos relations professionnelles dans cette entreprise (les relations personnelles et familiales restent inchangées)&#xa0;:</translation>
    </message>
    <message>
        <source>All professional connections</source>
        <translation>Toutes les relations professionnelles</translation>
    </message>
    <message>
        <source>Sharing level for all your professional connections (personal and family ones stay as they are):</source>
        <translation>Niveau de partage de toutes vos relations professionnelles (les relations personnelles et familiales restent inchangées)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import LinkedIn, Google, Outlook or vCard files (Ctrl+I); you can also drop them on the window</source>
        <translation>Importer des fichiers LinkedIn, Google, Outlook ou vCard (Ctrl+I)&#xa0;; vous pouvez aussi les déposer sur la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Merge the two selected…</source>
        <translation>&amp;Fusionner les deux relations sélectionnées…</translation>
    </message>
    <message>
        <source>Select exactly two connections to merge: the first one chosen is kept.</source>
        <translation>Sélectionnez exactement deux relations à fusionner&#xa0;: la première choisie est conservée.</translation>
    </message>
    <message>
        <source>Merge two connections?</source>
        <translation>Fusionner deux relations&#xa0;?</translation>
    </message>
    <message>
        <source>“%1” is kept, with empty fields filled from “%2” and its company and title; “%2” is removed. This cannot be undone.</source>
        <translation>La relation «&#xa0;%1&#xa0;» est conservée&#xa0;: ses champs vides sont complétés à partir de «&#xa0;%2&#xa0;», dont elle reprend l&apos;entreprise et la fonction&#xa0;; la relation «&#xa0;%2&#xa0;» est supprimée. Cette action ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;You have no connections here yet.&lt;/p&gt;&lt;p&gt;Import your LinkedIn connections or your address book with &lt;b&gt;Import…&lt;/b&gt; (Ctrl+I), drop the files on the window, or add a contact by hand (Insert). Everything you bring in starts private: only you can see it until you choose otherwise, one connection at a time or in bulk.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;Vous n&apos;avez encore aucune relation ici.&lt;/p&gt;&lt;p&gt;Importez vos relations LinkedIn ou votre carnet d&apos;adresses avec &lt;b&gt;Importer…&lt;/b&gt; (Ctrl+I), déposez les fichiers sur la fenêtre, ou ajoutez un contact manuellement (Inser). Tout ce que vous ajoutez commence au niveau «&#xa0;privé&#xa0;»&#xa0;: vous seul pouvez le voir jusqu&apos;à ce que vous en décidiez autrement, relation par relation ou en bloc.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>consentric::ui::DepartmentModel</name>
    <message>
        <source>Fewer than 3 people take part here, so the number is not shown: it could single someone out.</source>
        <translation>Moins de 3 personnes participent ici, le nombre n&apos;est donc pas affiché&#xa0;: il pourrait permettre d&apos;identifier quelqu&apos;un.</translation>
    </message>
    <message>
        <source>Fewer than 3 people hold discoverable connections here, so the number is not shown.</source>
        <translation>Moins de 3 personnes ont des relations découvrables ici, le nombre n&apos;est donc pas affiché.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Active people</source>
        <translation>Personnes actives</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Discoverable connections</source>
        <translation>Relations découvrables</translation>
    </message>
</context>
<context>
    <name>consentric::ui::DiscoverPage</name>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>People reachable</source>
        <translation>Personnes joignables</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Membres de l’équipe</translation>
    </message>
    <message>
        <source>Nobody taking part has a discoverable or shared connection at any company yet.</source>
        <translation>Aucun participant n’a encore de relation repérable ou partagée dans une entreprise.</translation>
    </message>
    <message>
        <source>Introducer</source>
        <translation>Qui présente</translation>
    </message>
    <message>
        <source>Contact (shared)</source>
        <translation>Contact (partagé)</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Force</translation>
    </message>
    <message>
        <source>Who on the team can reach a company. Counts include discoverable connections but never say who holds them; only shared connections are named, and reading the names is recorded in the audit log. An introduction always goes through the employee.</source>
        <translation>Qui, dans l’équipe, peut joindre une entreprise. Les nombres incluent les relations repérables sans jamais dire qui les détient ; seules les relations partagées sont nommées, et la lecture des noms est consignée dans le journal d’audit. Une mise en relation passe toujours par l’employé.</translation>
    </message>
    <message>
        <source>Company, in any spelling (Ctrl+F)</source>
        <translation>Entreprise, dans n’importe quelle graphie (Ctrl+F)</translation>
    </message>
    <message>
        <source>Company to reach</source>
        <translation>Entreprise à joindre</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <source>Companies the team can reach</source>
        <translation>Entreprises que l’équipe peut joindre</translation>
    </message>
    <message>
        <source>Choose a company from the list, or type one above.</source>
        <translation>Choisissez une entreprise dans la liste, ou saisissez-en une ci-dessus.</translation>
    </message>
    <message>
        <source>Introductions through shared connections</source>
        <translation>Mises en relation par des relations partagées</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Découvrir</translation>
    </message>
    <message>
        <source>Team members who hold them: %1</source>
        <translation>Membres de l’équipe qui les connaissent : %1</translation>
    </message>
</context>
<context>
    <name>consentric::ui::EditConnectionsCommand</name>
    <message>
        <source>Edit connections</source>
        <translation>la modification des relations</translation>
    </message>
</context>
<context>
    <name>consentric::ui::EditPersonCommand</name>
    <message>
        <source>edit %1</source>
        <translation>la modification de %1</translation>
    </message>
</context>
<context>
    <name>consentric::ui::HelpBrowser</name>
    <message>
        <source>Consentric user guide</source>
        <translation>Guide de l&apos;utilisateur de Consentric</translation>
    </message>
</context>
<context>
    <name>consentric::ui::ImportFilesPage</name>
    <message>
        <source>Choose the files</source>
        <translation>Choisissez les fichiers</translation>
    </message>
    <message>
        <source>LinkedIn Connections.csv, Google or Outlook contacts (CSV), other CSV or TSV tables, and vCard files (.vcf). Drop them here or add them. Everything you import starts private.</source>
        <translation>Connections.csv de LinkedIn, contacts Google ou Outlook (CSV), autres tableaux CSV ou TSV, et fichiers vCard (.vcf). Déposez-les ici ou ajoutez-les. Tout ce que vous importez commence au niveau «&#xa0;privé&#xa0;».</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Fichiers à importer</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Contact files</source>
        <translation>Fichiers de contacts</translation>
    </message>
    <message>
        <source>Contact files (*.csv *.tsv *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Fichiers de contacts (*.csv *.tsv *.txt *.vcf *.vcard);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>cannot be imported</source>
        <translation>ne peut pas être importé</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 — %2, contacts: %3</source>
        <translation>%1 — %2, contacts&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>consentric::ui::ImportMatchesPage</name>
    <message>
        <source>new, private</source>
        <translation>nouveau, privé</translation>
    </message>
    <message>
        <source>already there: skipped</source>
        <translation>déjà présent&#xa0;: ignoré</translation>
    </message>
    <message>
        <source>same email or profile: merged (empty fields filled, newer company and title)</source>
        <translation>même e-mail ou même profil&#xa0;: fusionné (champs vides complétés, entreprise et fonction plus récentes)</translation>
    </message>
    <message>
        <source>same name and company: kept, listed as a possible duplicate</source>
        <translation>même nom et même entreprise&#xa0;: conservé, signalé comme doublon possible</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Déjà présent</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Ce qui va se passer</translation>
    </message>
    <message>
        <source>Contacts already there are skipped; a contact with the same email or profile address is merged; one with only the same name and company is kept and listed as a possible duplicate. Nothing is written until you choose Import.</source>
        <translation>Les contacts déjà présents sont ignorés&#xa0;; un contact qui a la même adresse e-mail ou la même adresse du profil est fusionné&#xa0;; un contact qui a seulement le même nom et la même entreprise est conservé et signalé comme doublon possible. Rien n&apos;est écrit tant que vous n&apos;avez pas choisi «&#xa0;Importer&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Contacts that match ones you have</source>
        <translation>Contacts qui correspondent à des contacts que vous avez déjà</translation>
    </message>
    <message>
        <source>New: %1 · already there (skipped): %2 · merged: %3 · possible duplicates: %4</source>
        <translation>Nouveaux&#xa0;: %1 · déjà présents (ignorés)&#xa0;: %2 · fusionnés&#xa0;: %3 · doublons possibles&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>consentric::ui::ImportPreviewPage</name>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Deuxième prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Profile address</source>
        <translation>Adresse du profil</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation>Date de mise en relation</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Check what was read</source>
        <translation>Vérifiez ce qui a été lu</translation>
    </message>
    <message>
        <source>Consentric detected each file&apos;s format and encoding. If names look wrong (Ã© instead of é), choose another encoding; for a table, correct which column holds what.</source>
        <translation>Consentric a détecté le format et l&apos;encodage de chaque fichier. Si des noms semblent incorrects (Ã© au lieu de é), choisissez un autre encodage&#xa0;; pour un tableau, corrigez la correspondance des colonnes.</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <source>The first contacts</source>
        <translation>Les premiers contacts</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Context of these contacts:</source>
        <translation>&amp;Contexte de ces contacts&#xa0;:</translation>
    </message>
    <message>
        <source>not a contact file Consentric can read</source>
        <translation>pas un fichier de contacts que Consentric sait lire</translation>
    </message>
    <message>
        <source>Contacts in this file: %1.</source>
        <translation>Contacts dans ce fichier&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Problems: %1 (listed line by line in the summary). The first: %2</source>
        <translation>Problèmes&#xa0;: %1 (détaillés ligne par ligne dans le récapitulatif). Le premier&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>consentric::ui::ImportSummaryPage</name>
    <message>
        <source>Imported</source>
        <translation>Contact importé</translation>
    </message>
    <message>
        <source>Possibly the same as</source>
        <translation>Peut-être identique à</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Problems, file:line</source>
        <translation>Problèmes, fichier:ligne</translation>
    </message>
    <message>
        <source>&amp;Copy problems</source>
        <translation>&amp;Copier les problèmes</translation>
    </message>
    <message>
        <source>&amp;Save problems…</source>
        <translation>&amp;Enregistrer les problèmes…</translation>
    </message>
    <message>
        <source>Save problems</source>
        <translation>Enregistrer les problèmes</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Texte (*.txt)</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problèmes&#xa0;:</translation>
    </message>
    <message>
        <source>%1: not imported; see the problems.</source>
        <translation>%1&#xa0;: non importé&#xa0;; voir les problèmes.</translation>
    </message>
    <message>
        <source>%1: not imported: %2</source>
        <translation>%1&#xa0;: non importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: imported %2, merged %3, skipped %4 (already there), possible duplicates %5.</source>
        <translation>%1 — importés&#xa0;: %2, fusionnés&#xa0;: %3, ignorés (déjà présents)&#xa0;: %4, doublons possibles&#xa0;: %5.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>Possible duplicates (same name and company): merge each into the connection you had, or keep both.</source>
        <translation>Doublons possibles (même nom et même entreprise)&#xa0;: fusionnez chacun avec la relation que vous aviez déjà, ou conservez les deux.</translation>
    </message>
    <message>
        <source>Possible duplicates: none.</source>
        <translation>Doublons possibles&#xa0;: aucun.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Conserver les deux</translation>
    </message>
    <message>
        <source>kept both</source>
        <translation>les deux conservés</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusionnés</translation>
    </message>
</context>
<context>
    <name>consentric::ui::ImportWizard</name>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>You are signed out; sign in again to import.</source>
        <translation>Vous êtes déconnecté&#xa0;; reconnectez-vous pour importer.</translation>
    </message>
    <message>
        <source>Importing contacts…</source>
        <translation>Importation des contacts…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1 is %2 MB; contact exports are far smaller, so it was not read.</source>
        <translation>%1 fait %2 Mo ; les exportations de contacts sont bien plus petites, il n&apos;a donc pas été lu.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::MainWindow</name>
    <message>
        <source>Consentric</source>
        <translation>Consentric</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>Bases de données &amp;récentes</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;About Consentric</source>
        <translation>À &amp;propos de Consentric</translation>
    </message>
    <message>
        <source>PostgreSQL password</source>
        <translation>Mot de passe PostgreSQL</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Mot de passe pour %1&#xa0;:</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Loaded the demo company: %1 people and %2 connections. Everything here is made up.</source>
        <translation>Entreprise de démonstration chargée&#xa0;: %1 personnes et %2 relations. Tout ici est fictif.</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>Consentric databases (*.sqlite)</source>
        <translation>Bases de données Consentric (*.sqlite)</translation>
    </message>
    <message>
        <source>“%1” already exists. A new database needs a new file name; use Open database for an existing one.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Une nouvelle base de données a besoin d&apos;un nouveau nom de fichier&#xa0;; pour une base existante, utilisez «&#xa0;Ouvrir une base de données&#xa0;».</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Aucune base de données récente</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Sauvegarde écrite dans %1.</translation>
    </message>
    <message>
        <source>About Consentric</source>
        <translation>À propos de Consentric</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Consentric %1&lt;/h3&gt;&lt;p&gt;Referrals and warm introductions through your team&apos;s networks, with consent: every employee decides, connection by connection, what the business may see, and every introduction goes through them first.&lt;/p&gt;&lt;p&gt;Local-first: your data stays in your database.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Consentric %1&lt;/h3&gt;&lt;p&gt;Recommandations et mises en relation personnelles grâce aux réseaux de votre équipe, avec consentement&#xa0;: chaque employé décide, relation par relation, ce que l&apos;entreprise peut voir, et chaque mise en relation passe d&apos;abord par lui.&lt;/p&gt;&lt;p&gt;Local d&apos;abord&#xa0;: vos données restent dans votre base de données.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Signed out after %1 minutes without use. Your decrypted data was cleared from memory.</source>
        <translation>Déconnexion après %1 minutes d&apos;inactivité. Vos données déchiffrées ont été effacées de la mémoire.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>%1 (signed in as %2)</source>
        <translation>%1 (connecté en tant que %2)</translation>
    </message>
    <message>
        <source>Every demo account&apos;s passphrase is “demo”. Sign in as the owner, Morgan Avery, to run the program, or as an employee such as Sam Rivera to see their side.</source>
        <translation>La phrase secrète de chaque compte de démonstration est «&#xa0;demo&#xa0;». Connectez-vous en tant que propriétaire, Morgan Avery, pour gérer le programme, ou en tant qu&apos;employé, par exemple Sam Rivera, pour voir son point de vue.</translation>
    </message>
    <message>
        <source>This database has no organisation yet; set one up or load the demo first.</source>
        <translation>Cette base de données n&apos;a pas encore d&apos;organisation&#xa0;; configurez-en une ou chargez d&apos;abord la démonstration.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>consentric::ui::OpenDatabaseDialog</name>
    <message>
        <source>A database &amp;file on this computer (SQLite)</source>
        <translation>Un &amp;fichier de base de données sur cet ordinateur (SQLite)</translation>
    </message>
    <message>
        <source>A team &amp;server (PostgreSQL)</source>
        <translation>Un &amp;serveur d&apos;équipe (PostgreSQL)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>The password is read from your PGPASSFILE, or asked for; never put it in the URL.</source>
        <translation>Le mot de passe est lu dans votre PGPASSFILE ou demandé&#xa0;; ne le mettez jamais dans l&apos;URL.</translation>
    </message>
    <message>
        <source>Consentric databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données Consentric (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>consentric::ui::PersonDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>Choose or type a new one</source>
        <translation>Choisissez-en un ou saisissez-en un nouveau</translation>
    </message>
    <message>
        <source>Admins help the owner run the program; they see what the owner sees.</source>
        <translation>Les administrateurs aident le propriétaire à gérer le programme&#xa0;; ils voient ce que voit le propriétaire.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Service&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
</context>
<context>
    <name>consentric::ui::PolicyPage</name>
    <message>
        <source>&amp;Join the program</source>
        <translation>&amp;Rejoindre le programme</translation>
    </message>
    <message>
        <source>&amp;Leave the program…</source>
        <translation>&amp;Quitter le programme…</translation>
    </message>
    <message>
        <source>Connection policy</source>
        <translation>Politique relative aux relations</translation>
    </message>
    <message>
        <source>I have read the connection policy (version %1) and want to take part</source>
        <translation>J&apos;ai lu la politique relative aux relations (version %1) et je souhaite participer</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Policy version</source>
        <translation>Version de la politique</translation>
    </message>
    <message>
        <source>Your consent ledger</source>
        <translation>Votre registre de consentement</translation>
    </message>
    <message>
        <source>Leave the referral program?</source>
        <translation>Quitter le programme de recommandation&#xa0;?</translation>
    </message>
    <message>
        <source>Everything you made discoverable or shared disappears from the business&apos;s views at once. Your choices are kept, so joining again restores them. No reason is asked, and nobody is told why.</source>
        <translation>Tout ce que vous avez rendu découvrable ou partagé disparaît immédiatement des vues de l&apos;entreprise. Vos choix sont conservés&#xa0;: si vous rejoignez à nouveau le programme, ils sont rétablis. Aucune raison ne vous est demandée, et personne n&apos;est informé du motif.</translation>
    </message>
    <message>
        <source>Leave the program</source>
        <translation>Quitter le programme</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>You take part in the referral program. What you make discoverable or shared now counts for the business.</source>
        <translation>Vous participez au programme de recommandation. Ce que vous rendez découvrable ou partagé compte désormais pour l&apos;entreprise.</translation>
    </message>
    <message>
        <source>You left the referral program. The business sees none of your connections now.</source>
        <translation>Vous avez quitté le programme de recommandation. L&apos;entreprise ne voit plus aucune de vos relations.</translation>
    </message>
    <message>
        <source>&lt;b&gt;You take part in the referral program.&lt;/b&gt; You can leave at any time, in one click.</source>
        <translation>&lt;b&gt;Vous participez au programme de recommandation.&lt;/b&gt; Vous pouvez le quitter à tout moment, en un clic.</translation>
    </message>
    <message>
        <source>&lt;b&gt;You are not taking part.&lt;/b&gt; Read the policy; if you agree, tick the box and join. You can leave at any time.</source>
        <translation>&lt;b&gt;Vous ne participez pas.&lt;/b&gt; Lisez la politique&#xa0;; si vous êtes d&apos;accord, cochez la case et rejoignez le programme. Vous pouvez le quitter à tout moment.</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
</context>
<context>
    <name>consentric::ui::RecoverDialog</name>
    <message>
        <source>Use a recovery code</source>
        <translation>Utiliser un code de récupération</translation>
    </message>
    <message>
        <source>Type the recovery code you made (or, for the owner, the recovery key printed at set-up) and choose a new passphrase. Without a code there is no way back into your private data: the owner can only give you a fresh, empty account.</source>
        <translation>Saisissez le code de récupération que vous avez créé (ou, pour le propriétaire, la clé de récupération imprimée lors de la configuration) et choisissez une nouvelle phrase secrète. Sans code, il est impossible de retrouver l&apos;accès à vos données privées&#xa0;: le propriétaire peut seulement vous attribuer un nouveau compte, vide.</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>&amp;Code de récupération&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-la&#xa0;:</translation>
    </message>
    <message>
        <source>Recover and sign in</source>
        <translation>Récupérer et se connecter</translation>
    </message>
    <message>
        <source>The two new passphrases differ. Type the same one twice.</source>
        <translation>Les deux nouvelles phrases secrètes sont différentes. Saisissez deux fois la même.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::RecoveryCodeDialog</name>
    <message>
        <source>Your owner recovery key</source>
        <translation>Votre clé de récupération de propriétaire</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Votre code de récupération</translation>
    </message>
    <message>
        <source>This key opens the owner&apos;s account if the passphrase is forgotten. Print it and keep it somewhere safe, away from this computer. It is shown only now: Consentric keeps no copy of it.</source>
        <translation>Cette clé ouvre le compte du propriétaire si la phrase secrète est oubliée. Imprimez-la et conservez-la en lieu sûr, loin de cet ordinateur. Elle n&apos;est affichée que maintenant&#xa0;: Consentric n&apos;en garde aucune copie.</translation>
    </message>
    <message>
        <source>This code opens your account if you forget your passphrase. Only you have it: the owner never sees it. Print it or write it down now; it is shown only once, and any earlier code stops working.</source>
        <translation>Ce code ouvre votre compte si vous oubliez votre phrase secrète. Vous seul le possédez&#xa0;: le propriétaire ne le voit jamais. Imprimez-le ou notez-le maintenant&#xa0;; il n&apos;est affiché qu&apos;une seule fois, et tout code précédent cesse de fonctionner.</translation>
    </message>
    <message>
        <source>I have printed or written down this code</source>
        <translation>J&apos;ai imprimé ou noté ce code</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Consentric recovery code&lt;/h2&gt;&lt;p&gt;Organisation: %1&lt;br&gt;Account: %2&lt;/p&gt;&lt;p style=&quot;font-family: monospace; font-size: 20pt&quot;&gt;%3&lt;/p&gt;&lt;p&gt;Keep this page somewhere safe, away from the computer. With it, the account can be opened and a new passphrase set. Nobody else has a copy.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Code de récupération Consentric&lt;/h2&gt;&lt;p&gt;Organisation&#xa0;: %1&lt;br&gt;Compte&#xa0;: %2&lt;/p&gt;&lt;p style=&quot;font-family: monospace; font-size: 20pt&quot;&gt;%3&lt;/p&gt;&lt;p&gt;Conservez cette page en lieu sûr, loin de l&apos;ordinateur. Elle permet d&apos;ouvrir le compte et de définir une nouvelle phrase secrète. Personne d&apos;autre n&apos;en possède de copie.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>consentric::ui::SetLevelsCommand</name>
    <message>
        <source>You are signed out; sign in again to undo or redo.</source>
        <translation>Vous êtes déconnecté&#xa0;; reconnectez-vous pour annuler ou rétablir.</translation>
    </message>
    <message>
        <source>Change the sharing level to %1</source>
        <translation>le passage au niveau de partage «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>consentric::ui::SetStatusCommand</name>
    <message>
        <source>mark %1 as left</source>
        <translation>le départ de %1</translation>
    </message>
    <message>
        <source>mark %1 as returned</source>
        <translation>le retour de %1</translation>
    </message>
</context>
<context>
    <name>consentric::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Votre phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Phrase secrète &amp;actuelle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new one:</source>
        <translation>&amp;Répétez la nouvelle&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>Changer de p&amp;hrase secrète</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <source>A recovery code opens your account if you forget your passphrase. Only you get to see it; the owner never does. Making a new one replaces the old one.</source>
        <translation>Un code de récupération ouvre votre compte si vous oubliez votre phrase secrète. Vous seul pouvez le voir&#xa0;; le propriétaire, jamais. En créer un nouveau remplace l&apos;ancien.</translation>
    </message>
    <message>
        <source>Make a recovery &amp;code…</source>
        <translation>Créer un &amp;code de récupération…</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Verrouillage</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sign out after this long &amp;without use:</source>
        <translation>Se déconnecter après cette durée d&apos;&amp;inactivité&#xa0;:</translation>
    </message>
    <message>
        <source>Someone forgot their passphrase</source>
        <translation>Quelqu&apos;un a oublié sa phrase secrète</translation>
    </message>
    <message>
        <source>There is no back door. Without their recovery code, the only help is a fresh account: their connections and private data are erased, and they start again with the passphrase you set here (tell it to them; they change it on the Settings page).</source>
        <translation>Il n&apos;existe aucune porte dérobée. Sans son code de récupération, la seule aide possible est un nouveau compte&#xa0;: ses relations et ses données privées sont effacées, et la personne repart avec la phrase secrète que vous définissez ici (communiquez-la-lui&#xa0;; elle la changera sur la page «&#xa0;Paramètres&#xa0;»).</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Personne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Temporary passphrase:</source>
        <translation>Phrase secrète &amp;temporaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Give a fresh account…</source>
        <translation>Attri&amp;buer un nouveau compte…</translation>
    </message>
    <message>
        <source>Give a fresh account?</source>
        <translation>Attribuer un nouveau compte&#xa0;?</translation>
    </message>
    <message>
        <source>All connections and private data of %1 are erased for good, and the old passphrase stops working.</source>
        <translation>Toutes les relations et les données privées de %1 sont effacées définitivement, et l&apos;ancienne phrase secrète cesse de fonctionner.</translation>
    </message>
    <message>
        <source>Erase and give a fresh account</source>
        <translation>Effacer et attribuer un nouveau compte</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>The two new passphrases differ. Type the same one twice.</source>
        <translation>Les deux nouvelles phrases secrètes sont différentes. Saisissez deux fois la même.</translation>
    </message>
    <message>
        <source>Your passphrase is changed. Use the new one from now on.</source>
        <translation>Votre phrase secrète a été changée. Utilisez désormais la nouvelle.</translation>
    </message>
    <message>
        <source>%1 has a fresh account; %2 connections were erased.</source>
        <translation>%1 a un nouveau compte&#xa0;; %2 relations ont été effacées.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::SetupDialog</name>
    <message>
        <source>Set up my organisation</source>
        <translation>Configurer mon organisation</translation>
    </message>
    <message>
        <source>e.g. Harbor Lane Studio</source>
        <translation>p. ex. Harbor Lane Studio</translation>
    </message>
    <message>
        <source>One per line, e.g.
Sales
Engineering
Operations</source>
        <translation>Un par ligne, p. ex.
Ventes
Ingénierie
Exploitation</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>vous@example.com</translation>
    </message>
    <message>
        <source>e.g. Operations</source>
        <translation>p. ex. Exploitation</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Departments:</source>
        <translation>&amp;Services&#xa0;:</translation>
    </message>
    <message>
        <source>Owner&apos;s &amp;name:</source>
        <translation>&amp;Nom du propriétaire&#xa0;:</translation>
    </message>
    <message>
        <source>Owner&apos;s &amp;email:</source>
        <translation>&amp;E-mail du propriétaire&#xa0;:</translation>
    </message>
    <message>
        <source>Owner&apos;s de&amp;partment:</source>
        <translation>Se&amp;rvice du propriétaire&#xa0;:</translation>
    </message>
    <message>
        <source>You are the owner: you run the referral program. Employees decide what you may see of their networks.</source>
        <translation>Vous êtes le propriétaire&#xa0;: vous gérez le programme de recommandation. Les employés décident de ce que vous pouvez voir de leurs réseaux.</translation>
    </message>
    <message>
        <source>Give the organisation a name.</source>
        <translation>Donnez un nom à l&apos;organisation.</translation>
    </message>
    <message>
        <source>At least %1 characters; a few unrelated words work well</source>
        <translation>Au moins %1 caractères&#xa0;; quelques mots sans rapport entre eux conviennent bien</translation>
    </message>
    <message>
        <source>Owner&apos;s pass&amp;phrase:</source>
        <translation>&amp;Phrase secrète du propriétaire&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation>Répé&amp;tez-la&#xa0;:</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>Les deux phrases secrètes sont différentes. Saisissez deux fois la même.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Forgot your passphrase? Use your recovery code…</source>
        <translation>Phrase secrète oubliée&#xa0;? Utilisez votre code de récupération…</translation>
    </message>
    <message>
        <source>&amp;Who are you?</source>
        <translation>&amp;Qui êtes-vous&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Choose yourself, or type your email</source>
        <translation>Choisissez votre nom, ou saisissez votre e-mail</translation>
    </message>
    <message>
        <source>Choose yourself in the list, or type your email address.</source>
        <translation>Choisissez votre nom dans la liste, ou saisissez votre adresse e-mail.</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Saisissez votre phrase secrète.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>consentric::ui::TeamModel</name>
    <message>
        <source>left</source>
        <translation>parti</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>Connections %1 chose to share with the business</source>
        <translation>Relations que %1 a choisi de partager avec l&apos;entreprise</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Shared connections</source>
        <translation>Relations partagées</translation>
    </message>
</context>
<context>
    <name>consentric::ui::TeamPage</name>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;Ajouter une personne…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Mark as &amp;left…</source>
        <translation>Marquer le &amp;départ…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Participation by department</source>
        <translation>Participation par service</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Search people (Ctrl+F)</source>
        <translation>Rechercher des personnes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Rechercher des personnes</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Partis</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Add a person to the team (Insert)</source>
        <translation>Ajouter une personne à l&apos;équipe (Inser)</translation>
    </message>
    <message>
        <source>Edit the selected person (Enter)</source>
        <translation>Modifier la personne sélectionnée (Entrée)</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;Nobody is on the team yet.&lt;/p&gt;&lt;p&gt;Add the first person with &lt;b&gt;Add person…&lt;/b&gt; (Insert), or load the demo company from the File menu&apos;s &lt;b&gt;New database…&lt;/b&gt; to look around first.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;Personne ne fait encore partie de l&apos;équipe.&lt;/p&gt;&lt;p&gt;Ajoutez la première personne avec &lt;b&gt;Ajouter une personne…&lt;/b&gt; (Inser), ou, pour découvrir d&apos;abord le programme, chargez l&apos;entreprise de démonstration depuis &lt;b&gt;Nouvelle base de données…&lt;/b&gt; dans le menu Fichier.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>Par service</translation>
    </message>
    <message>
        <source>Who takes part in the referral program, and how many connections people made discoverable, are shown only per department. A figure that concerns fewer than 3 people reads “fewer than 3”.</source>
        <translation>Qui participe au programme de recommandation, et combien de relations ont été rendues découvrables&#xa0;: ces informations ne sont affichées que par service. Un chiffre qui concerne moins de 3 personnes s&apos;affiche «&#xa0;moins de 3&#xa0;».</translation>
    </message>
    <message>
        <source>Mark as &amp;returned</source>
        <translation>Marquer le &amp;retour</translation>
    </message>
    <message>
        <source>Added %1 to the team.</source>
        <translation>%1 fait désormais partie de l&apos;équipe.</translation>
    </message>
    <message>
        <source>That person no longer exists.</source>
        <translation>Cette personne n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Mark %1 as having left?</source>
        <translation>Marquer le départ de %1&#xa0;?</translation>
    </message>
    <message>
        <source>%1 will be shown as having left and no longer counts in any figure. Their account and connections stay until they are erased; you can undo this (Ctrl+Z).</source>
        <translation>%1 apparaîtra comme ayant quitté l&apos;organisation et ne comptera plus dans aucun chiffre. Son compte et ses relations sont conservés jusqu&apos;à leur effacement&#xa0;; vous pouvez annuler cette action (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Mark as left</source>
        <translation>Marquer le départ</translation>
    </message>
</context>
<context>
    <name>consentric::ui::WelcomePage</name>
    <message>
        <source>Welcome to Consentric</source>
        <translation>Bienvenue dans Consentric</translation>
    </message>
    <message>
        <source>Referrals and warm introductions through your team&apos;s networks, with every employee deciding, connection by connection, what the business may see.</source>
        <translation>Recommandations et mises en relation personnelles grâce aux réseaux de votre équipe&#xa0;: chaque employé décide, relation par relation, ce que l&apos;entreprise peut voir.</translation>
    </message>
    <message>
        <source>Load the &amp;demo company</source>
        <translation>Charger l&apos;&amp;entreprise de démonstration</translation>
    </message>
    <message>
        <source>A made-up company of 12 people with their connections, to look around safely.</source>
        <translation>Une entreprise fictive de 12 personnes avec leurs relations, pour découvrir le programme en toute sécurité.</translation>
    </message>
    <message>
        <source>&amp;Set up my organisation…</source>
        <translation>&amp;Configurer mon organisation…</translation>
    </message>
    <message>
        <source>Name your organisation, its departments and its owner.</source>
        <translation>Nommez votre organisation, ses services et son propriétaire.</translation>
    </message>
    <message>
        <source>This database is empty: %1</source>
        <translation>Cette base de données est vide&#xa0;: %1</translation>
    </message>
</context>
</TS>
