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
    <message>
        <source>Nothing on the map is called “%1”.</source>
        <translation>Rien ne s&apos;appelle «&#xa0;%1&#xa0;» sur la carte.</translation>
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
    <name>QObject</name>
    <message>
        <source>Mark introduction sent</source>
        <translation>le marquage de la mise en relation comme envoyée</translation>
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
        <source>--discover goes with --screenshot and --page discover or --page map. See: consentric --help</source>
        <translation>--discover s&apos;utilise uniquement avec --screenshot et --page discover ou --page map. Voir&#xa0;: consentric --help</translation>
    </message>
    <message>
        <source>The quarter to report on, such as 2026-Q3.</source>
        <translation>Le trimestre sur lequel porte le rapport, par exemple 2026-Q3.</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>trimestre</translation>
    </message>
    <message>
        <source>The PDF file to write (replaced if it exists).</source>
        <translation>Le fichier PDF à écrire (remplacé s&apos;il existe).</translation>
    </message>
    <message>
        <source>a4 or letter (default: from the system&apos;s locale).</source>
        <translation>a4 ou letter (par défaut&#xa0;: selon les paramètres régionaux du système).</translation>
    </message>
    <message>
        <source>Write the quarterly policy-review report as a PDF (as the owner or an admin).</source>
        <translation>Écrire le rapport trimestriel de revue de la politique au format PDF (en tant que propriétaire ou administrateur).</translation>
    </message>
    <message>
        <source>“%1” is not a quarter. Write the year, a dash and Q1 to Q4, for example: --quarter 2026-Q3</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un trimestre. Écrivez l&apos;année, un tiret et Q1 à Q4, par exemple&#xa0;: --quarter 2026-Q3</translation>
    </message>
    <message>
        <source>--paper is a4 or letter, not “%1”.</source>
        <translation>--paper vaut a4 ou letter, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Wrote the %1 report for %2 to %3 (%4 pages).</source>
        <translation>Rapport %1 de %2 écrit dans %3 (%4 pages).</translation>
    </message>
    <message>
        <source>Not shown: %1</source>
        <translation>Non affiché&#xa0;: %1</translation>
    </message>
    <message>
        <source>Audit log: %1 entries, head %2</source>
        <translation>Journal d&apos;audit&#xa0;: %1 entrées, tête %2</translation>
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
  report   the quarterly policy-review report as a PDF: --database P --quarter 2026-Q3
           --output F.pdf [--paper a4|letter]
  oneonones  start a round of one-to-ones: --database P --round [--date YYYY-MM-DD]
           --output DIR   writes one invitation (.ics) per meeting and prints the meetings

person, audit, discover, report, oneonones and erase --left act as the owner (or the admin named by --as EMAIL);
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
  --page NAME          with --screenshot: the page to show (team, discover, map, referrals,
                       templates, concerns, metrics, policy-review, reports, oneonones,
                       audit, connections, business, inbox, policy, pulse, recognition,
                       report-concern, my-audit, settings)
  --import FILE        with --screenshot: open the import wizard on FILE (repeatable) and save
                       the screen; --import-step files|preview|matches|summary (default
                       preview) goes that far, importing for summary
  --discover NAME      with --screenshot --page discover: the company to answer for; with
                       --page map: the person or company whose strongest paths are lit
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
  report   le rapport trimestriel de revue de la politique en PDF&#xa0;: --database P --quarter 2026-Q3
           --output F.pdf [--paper a4|letter]
  oneonones  lancer un tour de tête-à-tête&#xa0;: --database P --round [--date YYYY-MM-DD]
           --output DIR   écrit une invitation (.ics) par rendez-vous et affiche les rendez-vous

person, audit, discover, report, oneonones et erase --left agissent au nom du propriétaire (ou de l&apos;administrateur indiqué
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
  --page NAME          avec --screenshot&#xa0;: la page à afficher (team, discover, map, referrals,
                       templates, concerns, metrics, policy-review, reports, oneonones,
                       audit, connections, business, inbox, policy, pulse, recognition,
                       report-concern, my-audit, settings)
  --import FILE        avec --screenshot : ouvrir l’assistant d’importation sur FILE (répétable) et
                       enregistrer l’écran ; --import-step files|preview|matches|summary (par
                       défaut preview) va jusque-là, summary importe
  --discover NOM       avec --screenshot --page discover : l’entreprise pour laquelle répondre&#xa0;;
                       avec --page map&#xa0;: la personne ou l’entreprise dont les chemins les plus
                       solides sont mis en évidence
  -h, --help           afficher cette aide
  -v, --version        afficher la version

Code de sortie&#xa0;: 0 succès, 1 la demande n&apos;a pas pu être satisfaite, 2 erreur d&apos;utilisation.</translation>
    </message>
    <message>
        <source>“%1” is not a Consentric command. Commands: demo, person, backup, audit, connections, import, share, export, erase, discover, report, oneonones. See: consentric --help</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une commande de Consentric. Commandes&#xa0;: demo, person, backup, audit, connections, import, share, export, erase, discover, report, oneonones. Voir&#xa0;: consentric --help</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Start a round: pair everyone whose cadence is due on the date.</source>
        <translation>Lancer un tour&#xa0;: associer toutes les personnes dont le rythme arrive à échéance à cette date.</translation>
    </message>
    <message>
        <source>The round&apos;s date, YYYY-MM-DD (default: today); not in the past.</source>
        <translation>La date du tour, YYYY-MM-DD (par défaut&#xa0;: aujourd&apos;hui)&#xa0;; pas dans le passé.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>The folder for the invitations, one .ics file per meeting (made if missing).</source>
        <translation>Le dossier des invitations, un fichier .ics par rendez-vous (créé s&apos;il n&apos;existe pas).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Start a round of one-to-ones and write its invitations (as the owner or an admin).</source>
        <translation>Lancer un tour de tête-à-tête et écrire ses invitations (en tant que propriétaire ou administrateur).</translation>
    </message>
    <message>
        <source>Say what to do: --round starts a round, for example: consentric oneonones --database P --round --output DIR</source>
        <translation>Indiquez quoi faire&#xa0;: --round lance un tour, par exemple&#xa0;: consentric oneonones --database P --round --output DIR</translation>
    </message>
    <message>
        <source>“%1” is not a date. Write it as year-month-day, for example: --date 2026-10-05</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date. Écrivez-la sous la forme année-mois-jour, par exemple&#xa0;: --date 2026-10-05</translation>
    </message>
    <message>
        <source>The folder %1 could not be made. Choose a folder you may write to.</source>
        <translation>Le dossier %1 n&apos;a pas pu être créé. Choisissez un dossier dans lequel vous avez le droit d&apos;écrire.</translation>
    </message>
    <message>
        <source>Round for %1: %2 meetings for the %3 people due (times in %4).</source>
        <translation>Tour du %1&#xa0;: %2 rendez-vous pour les %3 personnes concernées (heures en %4).</translation>
    </message>
    <message>
        <source>Not paired this round (nobody they may meet was left): %1</source>
        <translation>Sans binôme pour ce tour (il ne restait personne avec qui les associer)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not paired this round (no common free half hour within four weeks): %1</source>
        <translation>Sans binôme pour ce tour (aucune demi-heure libre commune dans les quatre semaines)&#xa0;: %1</translation>
    </message>
    <message>
        <source>The round was started, but %1 Write the invitations again from the One-to-ones page (Save invitations…).</source>
        <translation>Le tour a été lancé, mais&#xa0;: %1 Écrivez à nouveau les invitations depuis la page «&#xa0;Tête-à-tête&#xa0;» (Enregistrer les invitations…).</translation>
    </message>
    <message>
        <source>Wrote %1 invitations to %2.</source>
        <translation>%1 invitations écrites dans %2.</translation>
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
        <source>reading participation</source>
        <translation>la lecture de la participation</translation>
    </message>
    <message>
        <source>cancelling pending requests</source>
        <translation>l&apos;annulation des demandes en attente</translation>
    </message>
    <message>
        <source>Only a member of the program acknowledges a new policy version; to take part, join the program on the Policy page.</source>
        <translation>Seul un membre du programme confirme la lecture d&apos;une nouvelle version de la politique&#xa0;; pour participer, rejoignez le programme sur la page «&#xa0;Politique&#xa0;».</translation>
    </message>
    <message>
        <source>The connection policy is now version %1, not %2. Read the current version first.</source>
        <translation>La politique relative aux relations en est désormais à la version %1, et non %2. Lisez d&apos;abord la version actuelle.</translation>
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
    <message>
        <source>The demo&apos;s owner must exist before the policy is published.</source>
        <translation>Le propriétaire de la démonstration doit exister avant la publication de la politique.</translation>
    </message>
    <message>
        <source>The first version of our connection policy.</source>
        <translation>La première version de notre politique relative aux relations.</translation>
    </message>
    <message>
        <source>Training: a session every quarter, decided at the annual review of 2025.</source>
        <translation>Formation&#xa0;: une séance par trimestre, décidée lors de la revue annuelle de 2025.</translation>
    </message>
    <message>
        <source>reading the team</source>
        <translation>la lecture de l&apos;équipe</translation>
    </message>
    <message>
        <source>The demo&apos;s owner must exist before a review is recorded.</source>
        <translation>Le propriétaire de la démonstration doit exister avant l&apos;enregistrement d&apos;une revue.</translation>
    </message>
    <message>
        <source>The owner, the trusted person and %1 volunteers from the team</source>
        <translation>Le propriétaire, la personne de confiance et %1 volontaires de l&apos;équipe</translation>
    </message>
    <message>
        <source>The whole policy, section by section, with the year&apos;s pulse results and concerns. Participation grew; felt pressure stayed low; two concerns asked for clearer guidance on conference contacts.</source>
        <translation>Toute la politique, section par section, avec les résultats du baromètre et les signalements de l&apos;année. La participation a augmenté&#xa0;; la pression ressentie est restée faible&#xa0;; deux signalements demandaient des consignes plus claires sur les contacts noués lors de conférences.</translation>
    </message>
    <message>
        <source>Publish a new version in January: a training session every quarter. Keep every guardrail as it is.</source>
        <translation>Publier une nouvelle version en janvier&#xa0;: une séance de formation par trimestre. Conserver tous les garde-fous tels quels.</translation>
    </message>
    <message>
        <source>Went through the pulse results, the concerns received and the referral figures of the quarter.</source>
        <translation>Passage en revue des résultats du baromètre, des signalements reçus et des chiffres de recommandation du trimestre.</translation>
    </message>
    <message>
        <source>reading the one-to-one members</source>
        <translation>la lecture des membres des tête-à-tête</translation>
    </message>
    <message>
        <source>The demo&apos;s do-not-pair lists need at least four one-to-one members besides Sam Rivera; there are %1.</source>
        <translation>Les listes «&#xa0;ne pas associer&#xa0;» de la démonstration nécessitent au moins quatre membres des tête-à-tête en plus de Sam Rivera&#xa0;; il y en a %1.</translation>
    </message>
    <message>
        <source>The demo lost the account of a one-to-one attendee.</source>
        <translation>La démonstration a perdu le compte d&apos;un participant à un tête-à-tête.</translation>
    </message>
    <message>
        <source>The demo&apos;s owner must exist before a one-to-one round is started.</source>
        <translation>Le propriétaire de la démonstration doit exister avant qu&apos;un tour de tête-à-tête soit lancé.</translation>
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
    <message>
        <source>The team</source>
        <translation>L&apos;équipe</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>Aucun service</translation>
    </message>
    <message>
        <source>Not at a known company</source>
        <translation>Dans aucune entreprise connue</translation>
    </message>
    <message>
        <source>The map&apos;s positions could not be kept in %1: %2.</source>
        <translation>Les positions de la carte n&apos;ont pas pu être enregistrées dans %1&#xa0;: %2.</translation>
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
    <name>consentric::metrics</name>
    <message>
        <source>Only the owner or an admin can read the pulse results. Sign in as the owner.</source>
        <translation>Seul le propriétaire ou un administrateur peut lire les résultats du baromètre. Connectez-vous en tant que propriétaire.</translation>
    </message>
</context>
<context>
    <name>consentric::metrics::Metrics</name>
    <message>
        <source>reading the organisation</source>
        <translation>la lecture de l&apos;organisation</translation>
    </message>
    <message>
        <source>reading the team</source>
        <translation>la lecture de l&apos;équipe</translation>
    </message>
    <message>
        <source>reading the consent ledger</source>
        <translation>la lecture du registre de consentement</translation>
    </message>
    <message>
        <source>counting sharing levels</source>
        <translation>le décompte des niveaux de partage</translation>
    </message>
    <message>
        <source>Only the owner or an admin can read the program&apos;s figures. Sign in as the owner.</source>
        <translation>Seul le propriétaire ou un administrateur peut lire les chiffres du programme. Connectez-vous en tant que propriétaire.</translation>
    </message>
    <message>
        <source>counting the program&apos;s figures</source>
        <translation>le calcul des chiffres du programme</translation>
    </message>
    <message>
        <source>counting requests</source>
        <translation>le décompte des demandes</translation>
    </message>
    <message>
        <source>timing introductions</source>
        <translation>la mesure des délais de mise en relation</translation>
    </message>
</context>
<context>
    <name>consentric::metrics::Pulse</name>
    <message>
        <source>reading the pulse</source>
        <translation>la lecture du baromètre</translation>
    </message>
    <message>
        <source>The pulse is for the team; the owner reads its results instead of answering it.</source>
        <translation>Le baromètre s&apos;adresse à l&apos;équipe&#xa0;; le propriétaire en lit les résultats au lieu d&apos;y répondre.</translation>
    </message>
    <message>
        <source>Answer each of the three questions with a number from 1 to 5.</source>
        <translation>Répondez à chacune des trois questions par un nombre de 1 à 5.</translation>
    </message>
    <message>
        <source>The comment is %1 characters long; keep it under %2.</source>
        <translation>Le commentaire fait %1 caractères&#xa0;; il doit en faire moins de %2.</translation>
    </message>
    <message>
        <source>You have already answered the pulse for %1. Thank you; the next one opens next quarter.</source>
        <translation>Vous avez déjà répondu au baromètre de %1. Merci&#xa0;; le prochain ouvrira au trimestre suivant.</translation>
    </message>
    <message>
        <source>recording that you answered</source>
        <translation>l&apos;enregistrement de votre participation</translation>
    </message>
    <message>
        <source>storing your answer</source>
        <translation>l&apos;enregistrement de votre réponse</translation>
    </message>
    <message>
        <source>reading the pulse comments</source>
        <translation>la lecture des commentaires du baromètre</translation>
    </message>
</context>
<context>
    <name>consentric::metrics::RangeCount</name>
    <message>
        <source>fewer than 3 a month</source>
        <translation>moins de 3 par mois</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>au moins %1</translation>
    </message>
</context>
<context>
    <name>consentric::oneonones</name>
    <message>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Toutes les deux semaines</translation>
    </message>
    <message>
        <source>Every four weeks</source>
        <translation>Toutes les quatre semaines</translation>
    </message>
    <message>
        <source>Only the owner or an admin can arrange one-to-one rounds. Sign in as the owner.</source>
        <translation>Seul le propriétaire ou un administrateur peut organiser les tours de tête-à-tête. Connectez-vous en tant que propriétaire.</translation>
    </message>
    <message>
        <source>What does a good week look like in your part of the business?</source>
        <translation>À quoi ressemble une bonne semaine dans votre partie de l&apos;entreprise&#xa0;?</translation>
    </message>
    <message>
        <source>What is something your team does that the rest of us rarely see?</source>
        <translation>Que fait votre équipe que nous autres voyons rarement&#xa0;?</translation>
    </message>
    <message>
        <source>What did you work on before you came here, and what do you miss from it?</source>
        <translation>Sur quoi travailliez-vous avant d&apos;arriver ici, et qu&apos;est-ce qui vous en manque&#xa0;?</translation>
    </message>
    <message>
        <source>Which problem would you solve for the whole business if you had a free month?</source>
        <translation>Quel problème résoudriez-vous pour toute l&apos;entreprise si vous aviez un mois libre&#xa0;?</translation>
    </message>
    <message>
        <source>What have you learnt recently, at work or outside it?</source>
        <translation>Qu&apos;avez-vous appris récemment, au travail ou en dehors&#xa0;?</translation>
    </message>
    <message>
        <source>Who helped you most in your first weeks here, and how?</source>
        <translation>Qui vous a le plus aidé lors de vos premières semaines ici, et comment&#xa0;?</translation>
    </message>
    <message>
        <source>What question do customers ask you most often?</source>
        <translation>Quelle question les clients vous posent-ils le plus souvent&#xa0;?</translation>
    </message>
    <message>
        <source>What would make working across our departments easier?</source>
        <translation>Qu&apos;est-ce qui faciliterait le travail entre nos services&#xa0;?</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <translation>%1, %2 et %3</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>Only the owner or an admin can see the one-to-one overview. Sign in as the owner.</source>
        <translation>Seul le propriétaire ou un administrateur peut voir la vue d&apos;ensemble des tête-à-tête. Connectez-vous en tant que propriétaire.</translation>
    </message>
</context>
<context>
    <name>consentric::oneonones::Members</name>
    <message>
        <source>This account has been closed, so it cannot take part in one-to-ones.</source>
        <translation>Ce compte a été fermé&#xa0;; il ne peut donc pas participer aux tête-à-tête.</translation>
    </message>
    <message>
        <source>You are not in the one-to-one program. Join it first on the One-to-ones page.</source>
        <translation>Vous ne participez pas aux tête-à-tête. Rejoignez-les d&apos;abord sur la page «&#xa0;Tête-à-tête&#xa0;».</translation>
    </message>
    <message>
        <source>reading your one-to-one settings</source>
        <translation>la lecture de vos paramètres de tête-à-tête</translation>
    </message>
    <message>
        <source>Choose at least one working day, and working hours at least 30 minutes long (the start before the end).</source>
        <translation>Choisissez au moins un jour travaillé, et des heures de travail d&apos;au moins 30 minutes (le début avant la fin).</translation>
    </message>
    <message>
        <source>joining the one-to-ones</source>
        <translation>l&apos;inscription aux tête-à-tête</translation>
    </message>
    <message>
        <source>leaving the one-to-ones</source>
        <translation>le départ des tête-à-tête</translation>
    </message>
    <message>
        <source>saving your one-to-one settings</source>
        <translation>l&apos;enregistrement de vos paramètres de tête-à-tête</translation>
    </message>
    <message>
        <source>Choose a day after today to snooze until, or end the snooze.</source>
        <translation>Choisissez un jour postérieur à aujourd&apos;hui jusqu&apos;auquel mettre en pause, ou mettez fin à la pause.</translation>
    </message>
    <message>
        <source>Snooze for at most a year; to stop for longer, leave the one-to-ones (you can join again at any time).</source>
        <translation>Mettez en pause pour un an au plus&#xa0;; pour arrêter plus longtemps, quittez les tête-à-tête (vous pouvez les rejoindre à nouveau à tout moment).</translation>
    </message>
    <message>
        <source>snoozing your one-to-ones</source>
        <translation>la mise en pause de vos tête-à-tête</translation>
    </message>
    <message>
        <source>saving your answer</source>
        <translation>l&apos;enregistrement de votre réponse</translation>
    </message>
    <message>
        <source>reading your do-not-pair list</source>
        <translation>la lecture de votre liste «&#xa0;ne pas associer&#xa0;»</translation>
    </message>
    <message>
        <source>Your do-not-pair list could not be opened: %1</source>
        <translation>Votre liste «&#xa0;ne pas associer&#xa0;» n&apos;a pas pu être ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>You cannot put yourself on your own do-not-pair list.</source>
        <translation>Vous ne pouvez pas vous inscrire sur votre propre liste «&#xa0;ne pas associer&#xa0;».</translation>
    </message>
    <message>
        <source>A do-not-pair list holds at most %1 colleagues.</source>
        <translation>Une liste «&#xa0;ne pas associer&#xa0;» contient au plus %1 collègues.</translation>
    </message>
    <message>
        <source>reading the team</source>
        <translation>la lecture de l&apos;équipe</translation>
    </message>
    <message>
        <source>One of the colleagues chosen is no longer in the team. Open the list again and choose once more.</source>
        <translation>L&apos;un des collègues choisis ne fait plus partie de l&apos;équipe. Ouvrez à nouveau la liste et choisissez une nouvelle fois.</translation>
    </message>
    <message>
        <source>changing your do-not-pair list</source>
        <translation>la modification de votre liste «&#xa0;ne pas associer&#xa0;»</translation>
    </message>
    <message>
        <source>saving your do-not-pair list</source>
        <translation>l&apos;enregistrement de votre liste «&#xa0;ne pas associer&#xa0;»</translation>
    </message>
    <message>
        <source>reading the pairing key</source>
        <translation>la lecture de la clé d&apos;appariement</translation>
    </message>
    <message>
        <source>making the pairing key</source>
        <translation>la création de la clé d&apos;appariement</translation>
    </message>
    <message>
        <source>reading the do-not-pair tokens</source>
        <translation>la lecture des jetons «&#xa0;ne pas associer&#xa0;»</translation>
    </message>
    <message>
        <source>reading your one-to-ones</source>
        <translation>la lecture de vos tête-à-tête</translation>
    </message>
    <message>
        <source>pausing your one-to-ones</source>
        <translation>la suspension de vos tête-à-tête</translation>
    </message>
    <message>
        <source>The owner and admins arrange the one-to-one rounds and do not take part in them. Sign in as an employee to join.</source>
        <translation>Le propriétaire et les administrateurs organisent les tours de tête-à-tête et n&apos;y participent pas. Connectez-vous en tant qu&apos;employé pour participer.</translation>
    </message>
</context>
<context>
    <name>consentric::oneonones::Overview</name>
    <message>
        <source>Choose a period whose end is not before its start.</source>
        <translation>Choisissez une période dont la fin n&apos;est pas antérieure au début.</translation>
    </message>
    <message>
        <source>reading departments</source>
        <translation>la lecture des services</translation>
    </message>
    <message>
        <source>reading one-to-ones</source>
        <translation>la lecture des tête-à-tête</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>Aucun service</translation>
    </message>
    <message>
        <source>reading the team</source>
        <translation>la lecture de l&apos;équipe</translation>
    </message>
    <message>
        <source>reading the one-to-one members</source>
        <translation>la lecture des membres des tête-à-tête</translation>
    </message>
    <message>
        <source>reading rounds</source>
        <translation>la lecture des tours</translation>
    </message>
</context>
<context>
    <name>consentric::oneonones::Rounds</name>
    <message>
        <source>reading the organisation</source>
        <translation>la lecture de l&apos;organisation</translation>
    </message>
    <message>
        <source>Choose a date for the round.</source>
        <translation>Choisissez une date pour le tour.</translation>
    </message>
    <message>
        <source>%1 is in the past. A round arranges meetings from its date on: choose today or a later day.</source>
        <translation>Le %1 est dans le passé. Un tour organise des rendez-vous à partir de sa date&#xa0;: choisissez aujourd&apos;hui ou un jour ultérieur.</translation>
    </message>
    <message>
        <source>%1 is more than a year away. Choose a date within the next year.</source>
        <translation>Le %1 est à plus d&apos;un an. Choisissez une date dans l&apos;année qui vient.</translation>
    </message>
    <message>
        <source>reading the one-to-one members</source>
        <translation>la lecture des membres des tête-à-tête</translation>
    </message>
    <message>
        <source>reading earlier one-to-ones</source>
        <translation>la lecture des tête-à-tête précédents</translation>
    </message>
    <message>
        <source>None of the %1 people due on %2 may be paired: do-not-pair lists and last rounds&apos; partners rule out every pair. Nothing was written; try again when more colleagues are due.</source>
        <translation>Aucune des %1 personnes concernées le %2 ne peut être associée&#xa0;: les listes «&#xa0;ne pas associer&#xa0;» et les binômes des derniers tours excluent toutes les paires. Rien n&apos;a été écrit&#xa0;; réessayez quand davantage de collègues seront concernés.</translation>
    </message>
    <message>
        <source>reading earlier rounds</source>
        <translation>la lecture des tours précédents</translation>
    </message>
    <message>
        <source>No pair due on %1 has a free half hour in common within four weeks of it. Check the members&apos; working hours, or choose another date. Nothing was written.</source>
        <translation>Aucune paire concernée le %1 n&apos;a de demi-heure libre en commun dans les quatre semaines qui suivent. Vérifiez les heures de travail des membres, ou choisissez une autre date. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>storing the round</source>
        <translation>l&apos;enregistrement du tour</translation>
    </message>
    <message>
        <source>storing a meeting</source>
        <translation>l&apos;enregistrement d&apos;un rendez-vous</translation>
    </message>
    <message>
        <source>reading one-to-ones</source>
        <translation>la lecture des tête-à-tête</translation>
    </message>
    <message>
        <source>reading rounds</source>
        <translation>la lecture des tours</translation>
    </message>
    <message>
        <source>reading your one-to-ones</source>
        <translation>la lecture de vos tête-à-tête</translation>
    </message>
    <message>
        <source>Your notes on a one-to-one could not be opened: %1</source>
        <translation>Vos notes sur un tête-à-tête n&apos;ont pas pu être ouvertes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Mark the one-to-one as held or as skipped.</source>
        <translation>Indiquez si le tête-à-tête a eu lieu ou non.</translation>
    </message>
    <message>
        <source>The notes are %1 characters long; keep them under %2.</source>
        <translation>Les notes font %1 caractères&#xa0;; restez sous %2.</translation>
    </message>
    <message>
        <source>reading your one-to-one</source>
        <translation>la lecture de votre tête-à-tête</translation>
    </message>
    <message>
        <source>This one-to-one is not one of yours, or it no longer exists. Reload the page.</source>
        <translation>Ce tête-à-tête ne fait pas partie des vôtres, ou il n&apos;existe plus. Rechargez la page.</translation>
    </message>
    <message>
        <source>This one-to-one is on %1. Mark it once its time has come.</source>
        <translation>Ce tête-à-tête a lieu le %1. Indiquez s&apos;il a eu lieu une fois ce moment venu.</translation>
    </message>
    <message>
        <source>saving your mark</source>
        <translation>l&apos;enregistrement de votre indication</translation>
    </message>
    <message>
        <source>reading the owner</source>
        <translation>la lecture du propriétaire</translation>
    </message>
    <message>
        <source>One-to-one: %1</source>
        <translation>Tête-à-tête&#xa0;: %1</translation>
    </message>
    <message>
        <source>Half an hour to get to know a colleague from another part of the business, arranged by the one-to-one program. If the time does not suit you, agree on another. Afterwards, mark it held or skipped in Consentric; no reason is asked.</source>
        <translation>Une demi-heure pour faire connaissance avec un collègue d&apos;une autre partie de l&apos;entreprise, organisée par le programme de tête-à-tête. Si l&apos;horaire ne vous convient pas, convenez-en d&apos;un autre. Ensuite, indiquez dans Consentric s&apos;il a eu lieu ou non&#xa0;; aucune raison n&apos;est demandée.</translation>
    </message>
    <message>
        <source>The folder %1 could not be made. Choose a folder you may write to.</source>
        <translation>Le dossier %1 n&apos;a pas pu être créé. Choisissez un dossier dans lequel vous avez le droit d&apos;écrire.</translation>
    </message>
    <message>
        <source>The invitation %1 could not be written: %2. Check the folder and the free space, then try again.</source>
        <translation>L&apos;invitation %1 n&apos;a pas pu être écrite&#xa0;: %2. Vérifiez le dossier et l&apos;espace libre, puis réessayez.</translation>
    </message>
    <message>
        <source>Fewer than two people are due for a one-to-one on %1, and a meeting needs two. Due: %2. In the one-to-one program: %3; snoozed: %4; paused after skipping: %5; last round too recent for their cadence: %6. Choose a later date, or invite colleagues to join.</source>
        <translation>Moins de deux personnes ont un tête-à-tête prévu le %1, et une rencontre en demande deux. Prévues : %2. Dans le programme : %3 ; en pause : %4 ; suspendues après des absences : %5 ; dernier tour trop récent pour leur rythme : %6. Choisissez une date plus tardive ou invitez des collègues à participer.</translation>
    </message>
</context>
<context>
    <name>consentric::policy</name>
    <message>
        <source>Only the owner or an admin can edit and publish the connection policy. Sign in as the owner.</source>
        <translation>Seul le propriétaire ou un administrateur peut modifier et publier la politique relative aux relations. Connectez-vous en tant que propriétaire.</translation>
    </message>
    <message>
        <source>written</source>
        <translation>rédigée</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <source>annual review</source>
        <translation>revue annuelle</translation>
    </message>
    <message>
        <source>quarterly review</source>
        <translation>revue trimestrielle</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>due</source>
        <translation>à faire</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>done</source>
        <translation>faite</translation>
    </message>
</context>
<context>
    <name>consentric::policy::PolicyStore</name>
    <message>
        <source>reading the policy versions</source>
        <translation>la lecture des versions de la politique</translation>
    </message>
    <message>
        <source>reading the policy draft</source>
        <translation>la lecture du brouillon de la politique</translation>
    </message>
    <message>
        <source>Each policy section needs its own key; “%1” is empty or used twice.</source>
        <translation>Chaque section de la politique doit avoir sa propre clé&#xa0;; «&#xa0;%1&#xa0;» est vide ou utilisée deux fois.</translation>
    </message>
    <message>
        <source>The section “%1” has no title. Give it one, or remove the section.</source>
        <translation>La section «&#xa0;%1&#xa0;» n&apos;a pas de titre. Donnez-lui-en un, ou supprimez la section.</translation>
    </message>
    <message>
        <source>saving the policy draft</source>
        <translation>l&apos;enregistrement du brouillon de la politique</translation>
    </message>
    <message>
        <source>The draft is the same as version %1, so there is nothing to publish. Change a section first.</source>
        <translation>Le brouillon est identique à la version %1&#xa0;: il n&apos;y a donc rien à publier. Modifiez d&apos;abord une section.</translation>
    </message>
    <message>
        <source>publishing the policy</source>
        <translation>la publication de la politique</translation>
    </message>
    <message>
        <source>reading the consent ledger</source>
        <translation>la lecture du registre de consentement</translation>
    </message>
    <message>
        <source>counting acknowledgements</source>
        <translation>le décompte des confirmations de lecture</translation>
    </message>
</context>
<context>
    <name>consentric::policy::Reviews</name>
    <message>
        <source>Only the owner or an admin records a policy review. Sign in as the owner.</source>
        <translation>Seul le propriétaire ou un administrateur enregistre une revue de la politique. Connectez-vous en tant que propriétaire.</translation>
    </message>
    <message>
        <source>Give the date the review was held; it cannot be in the future.</source>
        <translation>Indiquez la date à laquelle la revue a eu lieu&#xa0;; elle ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>An annual review covers a year, such as 2026.</source>
        <translation>Une revue annuelle porte sur une année, par exemple 2026.</translation>
    </message>
    <message>
        <source>A quarterly review covers a quarter, such as 2026-Q3.</source>
        <translation>Une revue trimestrielle porte sur un trimestre, par exemple 2026-Q3.</translation>
    </message>
    <message>
        <source>Write down what the review found or decided: the notes, the changes, or both.</source>
        <translation>Notez ce que la revue a constaté ou décidé&#xa0;: les notes, les changements, ou les deux.</translation>
    </message>
    <message>
        <source>reading the reviews</source>
        <translation>la lecture des revues</translation>
    </message>
    <message>
        <source>The %1 for %2 is already recorded.</source>
        <translation>La %1 de %2 est déjà enregistrée.</translation>
    </message>
    <message>
        <source>recording the review</source>
        <translation>l&apos;enregistrement de la revue</translation>
    </message>
    <message>
        <source>reading the organisation</source>
        <translation>la lecture de l&apos;organisation</translation>
    </message>
</context>
<context>
    <name>consentric::referrals</name>
    <message>
        <source>customer</source>
        <translation>client</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <source>hire</source>
        <translation>recrutement</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>introduction sent</source>
        <translation>mise en relation envoyée</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>rendez-vous</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>résultat</translation>
    </message>
    <message>
        <source>closed — no introduction</source>
        <translation>close — aucune mise en relation</translation>
    </message>
    <message>
        <source>won</source>
        <translation>gagné</translation>
    </message>
    <message>
        <source>hired</source>
        <translation>embauché</translation>
    </message>
    <message>
        <source>partnered</source>
        <translation>partenariat conclu</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>sans résultat</translation>
    </message>
    <message>
        <source>makes the introduction</source>
        <translation>fait la mise en relation</translation>
    </message>
    <message>
        <source>name may be mentioned</source>
        <translation>le nom peut être mentionné</translation>
    </message>
    <message>
        <source>waiting for your answer</source>
        <translation>en attente de votre réponse</translation>
    </message>
    <message>
        <source>you accepted</source>
        <translation>vous avez accepté</translation>
    </message>
    <message>
        <source>you declined</source>
        <translation>vous avez refusé</translation>
    </message>
    <message>
        <source>expired without an answer</source>
        <translation>expirée sans réponse</translation>
    </message>
    <message>
        <source>taken by a colleague</source>
        <translation>prise en charge par un collègue</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>Only the owner or an admin can manage targets and requests. Sign in as the owner.</source>
        <translation>Seul le propriétaire ou un administrateur peut gérer les cibles et les demandes. Connectez-vous en tant que propriétaire.</translation>
    </message>
    <message>
        <source>counting open requests</source>
        <translation>le décompte des demandes ouvertes</translation>
    </message>
    <message>
        <source>checking the cool-down</source>
        <translation>la vérification du délai d&apos;attente</translation>
    </message>
    <message>
        <source>You already accepted this request; nothing more to answer.</source>
        <translation>Vous avez déjà accepté cette demande&#xa0;; il n&apos;y a plus rien à répondre.</translation>
    </message>
    <message>
        <source>You already declined this request. If you changed your mind, tell the owner yourself.</source>
        <translation>Vous avez déjà refusé cette demande. Si vous avez changé d&apos;avis, dites-le vous-même au propriétaire.</translation>
    </message>
    <message>
        <source>This request expired on %1 and is closed; nothing more to do.</source>
        <translation>Cette demande a expiré le %1 et elle est close&#xa0;; il n&apos;y a plus rien à faire.</translation>
    </message>
    <message>
        <source>A colleague already took this request, so it is closed for you. Thank you all the same.</source>
        <translation>Un collègue a déjà pris en charge cette demande&#xa0;; elle est donc close pour vous. Merci tout de même.</translation>
    </message>
    <message>
        <source>This request was cancelled (you left the program), so it cannot be answered.</source>
        <translation>Cette demande a été annulée (vous avez quitté le programme)&#xa0;; il n&apos;est donc plus possible d&apos;y répondre.</translation>
    </message>
    <message>
        <source>This request is already closed; nothing more to do.</source>
        <translation>Cette demande est déjà close&#xa0;; il n&apos;y a plus rien à faire.</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçu</translation>
    </message>
    <message>
        <source>being handled</source>
        <translation>en cours de traitement</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
</context>
<context>
    <name>consentric::referrals::Concerns</name>
    <message>
        <source>No trusted person has been designated yet. Send the concern to the owner, or ask the owner to designate one.</source>
        <translation>Aucune personne de confiance n&apos;a encore été désignée. Envoyez le signalement au propriétaire, ou demandez-lui d&apos;en désigner une.</translation>
    </message>
    <message>
        <source>finding the owner</source>
        <translation>la recherche du propriétaire</translation>
    </message>
    <message>
        <source>This organisation has no owner account to receive a concern.</source>
        <translation>Cette organisation n&apos;a aucun compte de propriétaire pour recevoir un signalement.</translation>
    </message>
    <message>
        <source>finding who receives concerns</source>
        <translation>la recherche de la personne qui reçoit les signalements</translation>
    </message>
    <message>
        <source>reading your concerns</source>
        <translation>la lecture de vos signalements</translation>
    </message>
    <message>
        <source>Write what happened, in your own words, then send the concern.</source>
        <translation>Décrivez ce qui s&apos;est passé, avec vos propres mots, puis envoyez le signalement.</translation>
    </message>
    <message>
        <source>The concern is longer than %1 characters; shorten it, or give the details in person.</source>
        <translation>Le signalement dépasse %1 caractères&#xa0;; raccourcissez-le, ou donnez les détails de vive voix.</translation>
    </message>
    <message>
        <source>You would be sending this concern to yourself. Choose the other recipient.</source>
        <translation>Vous vous enverriez ce signalement à vous-même. Choisissez l&apos;autre destinataire.</translation>
    </message>
    <message>
        <source>finding the recipient&apos;s key</source>
        <translation>la recherche de la clé du destinataire</translation>
    </message>
    <message>
        <source>The recipient has not signed in since Consentric was updated, so a concern cannot be sealed to them yet. Choose the other recipient, or try again after they sign in.</source>
        <translation>Le destinataire ne s&apos;est pas connecté depuis la mise à jour de Consentric&#xa0;; un signalement ne peut donc pas encore être scellé pour lui. Choisissez l&apos;autre destinataire, ou réessayez après sa prochaine connexion.</translation>
    </message>
    <message>
        <source>sending the concern</source>
        <translation>l&apos;envoi du signalement</translation>
    </message>
    <message>
        <source>keeping your receipt</source>
        <translation>la conservation de votre accusé de réception</translation>
    </message>
    <message>
        <source>reading concerns</source>
        <translation>la lecture des signalements</translation>
    </message>
    <message>
        <source>Concern %1 does not open with your key; it may have been altered. Nothing else was affected.</source>
        <translation>Le signalement %1 ne s&apos;ouvre pas avec votre clé&#xa0;; il a peut-être été modifié. Rien d&apos;autre n&apos;a été touché.</translation>
    </message>
    <message>
        <source>changing the concern&apos;s status</source>
        <translation>la modification du statut du signalement</translation>
    </message>
    <message>
        <source>Only the person a concern was sent to can change its status.</source>
        <translation>Seule la personne à qui un signalement a été envoyé peut en changer le statut.</translation>
    </message>
    <message>
        <source>counting concerns</source>
        <translation>le décompte des signalements</translation>
    </message>
</context>
<context>
    <name>consentric::referrals::DoNotContact</name>
    <message>
        <source>reading the connection</source>
        <translation>la lecture de la relation</translation>
    </message>
    <message>
        <source>That connection no longer exists.</source>
        <translation>Cette relation n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Only the employee whose connection it is can put this person on the do-not-contact list.</source>
        <translation>Seul l&apos;employé à qui appartient cette relation peut inscrire cette personne sur la liste «&#xa0;ne pas contacter&#xa0;».</translation>
    </message>
    <message>
        <source>The owner and admins do not hold the team&apos;s pseudonym key, so a contact of theirs cannot go on the do-not-contact list. Note the person&apos;s wish yourself, and do not ask the team about them.</source>
        <translation>Le propriétaire et les administrateurs ne détiennent pas la clé de pseudonymisation de l&apos;équipe&#xa0;; un de leurs contacts ne peut donc pas être inscrit sur la liste «&#xa0;ne pas contacter&#xa0;». Notez vous-même le souhait de cette personne, et ne sollicitez pas l&apos;équipe à son sujet.</translation>
    </message>
    <message>
        <source>This person cannot be put on the do-not-contact list yet: the team&apos;s pseudonym key has not reached this account. Ask the employee whose connection it is to sign in once, then try again.</source>
        <translation>Cette personne ne peut pas encore être inscrite sur la liste «&#xa0;ne pas contacter&#xa0;»&#xa0;: la clé de pseudonymisation de l&apos;équipe n&apos;est pas encore parvenue à ce compte. Demandez à l&apos;employé à qui appartient cette relation de se connecter une fois, puis réessayez.</translation>
    </message>
    <message>
        <source>updating the do-not-contact list</source>
        <translation>la mise à jour de la liste «&#xa0;ne pas contacter&#xa0;»</translation>
    </message>
    <message>
        <source>reading the do-not-contact list</source>
        <translation>la lecture de la liste «&#xa0;ne pas contacter&#xa0;»</translation>
    </message>
</context>
<context>
    <name>consentric::referrals::Guardrails</name>
    <message>
        <source>reading the referral guardrails</source>
        <translation>la lecture des garde-fous des recommandations</translation>
    </message>
    <message>
        <source>Open requests per employee must be between %1 and %2 (you asked for %3): nobody may be asked more than that at once.</source>
        <translation>Le nombre de demandes ouvertes par employé doit être compris entre %1 et %2 (vous avez demandé %3)&#xa0;: personne ne peut être sollicité davantage en même temps.</translation>
    </message>
    <message>
        <source>The wait after a request ends without an introduction must be between %1 and %2 days (you asked for %3).</source>
        <translation>Le délai d&apos;attente après une demande terminée sans mise en relation doit être compris entre %1 et %2 jours (vous avez demandé %3).</translation>
    </message>
    <message>
        <source>Requests must expire after between %1 and %2 days (you asked for %3).</source>
        <translation>Les demandes doivent expirer au bout de %1 à %2 jours (vous avez demandé %3).</translation>
    </message>
    <message>
        <source>Only the owner or an admin can change the referral guardrails.</source>
        <translation>Seul le propriétaire ou un administrateur peut modifier les garde-fous des recommandations.</translation>
    </message>
    <message>
        <source>checking the trusted person</source>
        <translation>la vérification de la personne de confiance</translation>
    </message>
    <message>
        <source>The trusted person for concerns must be an active member of the team. Choose someone else.</source>
        <translation>La personne de confiance pour les signalements doit être un membre actif de l&apos;équipe. Choisissez quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>changing the referral guardrails</source>
        <translation>la modification des garde-fous des recommandations</translation>
    </message>
</context>
<context>
    <name>consentric::referrals::Inbox</name>
    <message>
        <source>reading your inbox</source>
        <translation>la lecture de votre boîte de réception</translation>
    </message>
    <message>
        <source>This request was not sent to you, or it no longer exists.</source>
        <translation>Cette demande ne vous a pas été envoyée, ou elle n&apos;existe plus.</translation>
    </message>
    <message>
        <source>finding your connections there</source>
        <translation>la recherche de vos relations dans cette entreprise</translation>
    </message>
    <message>
        <source>recording the step</source>
        <translation>l&apos;enregistrement de l&apos;étape</translation>
    </message>
    <message>
        <source>Choose one of your own connections at %1 that you shared (and who has not asked not to be contacted).</source>
        <translation>Choisissez l&apos;une de vos propres relations chez %1 que vous avez partagée (et qui n&apos;a pas demandé à ne pas être contactée).</translation>
    </message>
    <message>
        <source>accepting the request</source>
        <translation>l&apos;acceptation de la demande</translation>
    </message>
    <message>
        <source>A colleague accepted this request a moment ago, so it is closed for you. Thank you all the same.</source>
        <translation>Un collègue vient d&apos;accepter cette demande&#xa0;; elle est donc close pour vous. Merci tout de même.</translation>
    </message>
    <message>
        <source>declining the request</source>
        <translation>le refus de la demande</translation>
    </message>
    <message>
        <source>Only a request you accepted, and have not marked yet, can be marked “introduction sent”.</source>
        <translation>Seule une demande que vous avez acceptée, et pas encore marquée, peut être marquée «&#xa0;mise en relation envoyée&#xa0;».</translation>
    </message>
    <message>
        <source>You offered to have your name mentioned, so the business makes this approach itself; there is no introduction to mark.</source>
        <translation>Vous avez proposé que votre nom soit mentionné&#xa0;; l&apos;entreprise prend donc contact elle-même. Il n&apos;y a pas de mise en relation à marquer.</translation>
    </message>
    <message>
        <source>marking the introduction sent</source>
        <translation>le marquage de la mise en relation comme envoyée</translation>
    </message>
    <message>
        <source>The owner already recorded a later step, so “introduction sent” stays as it is.</source>
        <translation>Le propriétaire a déjà enregistré une étape ultérieure&#xa0;; «&#xa0;mise en relation envoyée&#xa0;» reste donc inchangé.</translation>
    </message>
    <message>
        <source>taking back “introduction sent”</source>
        <translation>l&apos;annulation de «&#xa0;mise en relation envoyée&#xa0;»</translation>
    </message>
    <message>
        <source>Only the colleague who made this introduction can record that the person said no.</source>
        <translation>Seul le collègue qui a fait cette mise en relation peut enregistrer que la personne a dit non.</translation>
    </message>
    <message>
        <source>recording the answer</source>
        <translation>l&apos;enregistrement de la réponse</translation>
    </message>
</context>
<context>
    <name>consentric::referrals::Pipeline</name>
    <message>
        <source>Only the owner or an admin records meetings and outcomes.</source>
        <translation>Seul le propriétaire ou un administrateur enregistre les rendez-vous et les résultats.</translation>
    </message>
    <message>
        <source>reading the request</source>
        <translation>la lecture de la demande</translation>
    </message>
    <message>
        <source>That request no longer exists.</source>
        <translation>Cette demande n&apos;existe plus.</translation>
    </message>
    <message>
        <source>recording the step</source>
        <translation>l&apos;enregistrement de l&apos;étape</translation>
    </message>
    <message>
        <source>A meeting can be recorded once the introduction was sent (or, when the employee offered their name, once they accepted). This request is “%1”.</source>
        <translation>Un rendez-vous peut être enregistré une fois la mise en relation envoyée (ou, si l&apos;employé a proposé que son nom soit mentionné, une fois qu&apos;il a accepté). Cette demande est au statut «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Give the date the meeting took place (today or earlier).</source>
        <translation>Indiquez la date à laquelle le rendez-vous a eu lieu (aujourd&apos;hui ou avant).</translation>
    </message>
    <message>
        <source>An outcome can be recorded after a request was accepted; this request is “%1”.</source>
        <translation>Un résultat peut être enregistré une fois qu&apos;une demande a été acceptée&#xa0;; cette demande est au statut «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Give the date of the outcome (today or earlier).</source>
        <translation>Indiquez la date du résultat (aujourd&apos;hui ou avant).</translation>
    </message>
    <message>
        <source>This request changed since (now “%1”), so the step cannot be taken back.</source>
        <translation>Cette demande a changé entre-temps (désormais «&#xa0;%1&#xa0;»)&#xa0;; l&apos;étape ne peut donc pas être annulée.</translation>
    </message>
    <message>
        <source>Only meetings and outcomes can be taken back here.</source>
        <translation>Seuls les rendez-vous et les résultats peuvent être annulés ici.</translation>
    </message>
</context>
<context>
    <name>consentric::referrals::Recognition</name>
    <message>
        <source>counting your points</source>
        <translation>le décompte de vos points</translation>
    </message>
    <message>
        <source>reading the recognition list</source>
        <translation>la lecture de la liste de reconnaissance</translation>
    </message>
    <message>
        <source>changing the recognition list</source>
        <translation>la modification de la liste de reconnaissance</translation>
    </message>
</context>
<context>
    <name>consentric::referrals::Referrals</name>
    <message>
        <source>closing expired requests</source>
        <translation>la clôture des demandes expirées</translation>
    </message>
    <message>
        <source>Say why the business would like this introduction: the employee reads the reason before deciding.</source>
        <translation>Expliquez pourquoi l&apos;entreprise souhaite cette mise en relation&#xa0;: l&apos;employé lit la raison avant de décider.</translation>
    </message>
    <message>
        <source>reading the shared connection</source>
        <translation>la lecture de la relation partagée</translation>
    </message>
    <message>
        <source>That connection is not shared with the business (any more), so it cannot be a target. Choose a company instead: the team will be asked.</source>
        <translation>Cette relation n&apos;est pas (ou plus) partagée avec l&apos;entreprise&#xa0;; elle ne peut donc pas être une cible. Choisissez plutôt une entreprise&#xa0;: l&apos;équipe sera sollicitée.</translation>
    </message>
    <message>
        <source>Name the company the business would like to reach.</source>
        <translation>Indiquez l&apos;entreprise que vous souhaitez joindre.</translation>
    </message>
    <message>
        <source>adding a target</source>
        <translation>l&apos;ajout d&apos;une cible</translation>
    </message>
    <message>
        <source>reading the targets</source>
        <translation>la lecture des cibles</translation>
    </message>
    <message>
        <source>%1 already has as many open requests as the program allows (%2). Try again when one of them closes.</source>
        <translation>%1 a déjà autant de demandes ouvertes que le programme le permet (%2). Réessayez lorsque l&apos;une d&apos;elles sera close.</translation>
    </message>
    <message>
        <source>%1 was asked about this target recently and no introduction came of it. The program waits %2 days before asking them again: you can send this request from %3.</source>
        <translation>%1 a été sollicité récemment pour cette cible, sans qu&apos;une mise en relation en résulte. Le programme attend %2 jours avant de solliciter de nouveau cette personne&#xa0;: vous pourrez envoyer cette demande à partir du %3.</translation>
    </message>
    <message>
        <source>finding who can help</source>
        <translation>la recherche des personnes qui peuvent aider</translation>
    </message>
    <message>
        <source>Everyone the team can reach at %1 asked not to be contacted again (they are on the do-not-contact list), so no request was sent. Choose another target.</source>
        <translation>Toutes les personnes que l&apos;équipe peut joindre chez %1 ont demandé à ne plus être contactées (elles figurent sur la liste «&#xa0;ne pas contacter&#xa0;»)&#xa0;; aucune demande n&apos;a donc été envoyée. Choisissez une autre cible.</translation>
    </message>
    <message>
        <source>Nobody on the team can reach %1 through a connection they chose to share, so there is nobody to ask. Look for another way in on the Discover page, or choose another target.</source>
        <translation>Personne dans l&apos;équipe ne peut joindre %1 par une relation qu&apos;il a choisi de partager&#xa0;; il n&apos;y a donc personne à solliciter. Cherchez un autre accès sur la page «&#xa0;Découvrir&#xa0;», ou choisissez une autre cible.</translation>
    </message>
    <message>
        <source>Everyone who could help with %1 was asked recently, or already has as many open requests as the program allows. Nobody was asked: try again in a few weeks.</source>
        <translation>Toutes les personnes qui pourraient aider pour %1 ont été sollicitées récemment, ou ont déjà autant de demandes ouvertes que le programme le permet. Personne n&apos;a été sollicité&#xa0;: réessayez dans quelques semaines.</translation>
    </message>
    <message>
        <source>That target no longer exists. Add it again on the Referrals page.</source>
        <translation>Cette cible n&apos;existe plus. Ajoutez-la de nouveau sur la page «&#xa0;Recommandations&#xa0;».</translation>
    </message>
    <message>
        <source>checking open requests</source>
        <translation>la vérification des demandes ouvertes</translation>
    </message>
    <message>
        <source>A request about %1 is already open (sent %2). Wait for it to be accepted or to expire.</source>
        <translation>Une demande concernant %1 est déjà ouverte (envoyée le %2). Attendez qu&apos;elle soit acceptée ou qu&apos;elle expire.</translation>
    </message>
    <message>
        <source>This connection is no longer shared with the business, or its employee left the program, so nobody can be asked about it. Ask the team about %1 instead.</source>
        <translation>Cette relation n&apos;est plus partagée avec l&apos;entreprise, ou son employé a quitté le programme&#xa0;; personne ne peut donc être sollicité à son sujet. Sollicitez plutôt l&apos;équipe au sujet de %1.</translation>
    </message>
    <message>
        <source>%1 asked not to be contacted again (they are on the do-not-contact list). Consentric will not send a request that would reach them.</source>
        <translation>%1 a demandé à ne plus être contacté (cette personne figure sur la liste «&#xa0;ne pas contacter&#xa0;»). Consentric n&apos;enverra aucune demande qui l&apos;atteindrait.</translation>
    </message>
    <message>
        <source>This person</source>
        <translation>Cette personne</translation>
    </message>
    <message>
        <source>sending the request</source>
        <translation>l&apos;envoi de la demande</translation>
    </message>
    <message>
        <source>reading the requests</source>
        <translation>la lecture des demandes</translation>
    </message>
    <message>
        <source>counting requests</source>
        <translation>le décompte des demandes</translation>
    </message>
    <message>
        <source>%1 is already a target. Select it on the Referrals page and send a request about it instead.</source>
        <translation>%1 est déjà une cible. Sélectionnez-la sur la page Recommandations et envoyez plutôt une demande à son sujet.</translation>
    </message>
    <message>
        <source>checking the targets</source>
        <translation>lors de la vérification des cibles</translation>
    </message>
</context>
<context>
    <name>consentric::reports</name>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>This report reviews the referral program of %1 for %2 (%3 to %4): whether taking part stayed voluntary and comfortable, and whether it was useful. Every figure about what employees did is counted month by month and shown only when at least three people stand behind it; otherwise it reads “fewer than 3”.</source>
        <translation>Ce rapport fait le point sur le programme de recommandation de %1 pour %2 (du %3 au %4)&#xa0;: la participation est-elle restée volontaire et confortable, et a-t-elle été utile&#xa0;? Chaque chiffre portant sur ce qu&apos;ont fait les employés est compté mois par mois et n&apos;est affiché que si au moins trois personnes se trouvent derrière&#xa0;; sinon, il s&apos;affiche «&#xa0;moins de 3&#xa0;».</translation>
    </message>
    <message>
        <source>Participation at the end of the quarter</source>
        <translation>Participation à la fin du trimestre</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3)</source>
        <translation>%1&#xa0;% (%2 sur %3)</translation>
    </message>
    <message>
        <source>members of the team, the owner excepted</source>
        <translation>membres de l&apos;équipe, hors propriétaire</translation>
    </message>
    <message>
        <source>Requests sent</source>
        <translation>Demandes envoyées</translation>
    </message>
    <message>
        <source>by the owner</source>
        <translation>par le propriétaire</translation>
    </message>
    <message>
        <source>Introductions made</source>
        <translation>Mises en relation effectuées</translation>
    </message>
    <message>
        <source>by employees who accepted</source>
        <translation>par les employés qui ont accepté</translation>
    </message>
    <message>
        <source>Comfort with the program (1–5)</source>
        <translation>Aisance avec le programme (1–5)</translation>
    </message>
    <message>
        <source>fewer than 3 answers</source>
        <translation>moins de 3 réponses</translation>
    </message>
    <message>
        <source>pulse average</source>
        <translation>moyenne du baromètre</translation>
    </message>
    <message>
        <source>Felt pressure (1–5)</source>
        <translation>Pression ressentie (1–5)</translation>
    </message>
    <message>
        <source>pulse average; lower is better</source>
        <translation>moyenne du baromètre&#xa0;; plus elle est basse, mieux c&apos;est</translation>
    </message>
    <message>
        <source>Concerns reported</source>
        <translation>Signalements reçus</translation>
    </message>
    <message>
        <source>to the owner or the trusted person</source>
        <translation>au propriétaire ou à la personne de confiance</translation>
    </message>
    <message>
        <source>Connection policy in force</source>
        <translation>Politique relative aux relations en vigueur</translation>
    </message>
    <message>
        <source>Only the owner or an admin can make the quarterly report. Sign in as the owner.</source>
        <translation>Seul le propriétaire ou un administrateur peut établir le rapport trimestriel. Connectez-vous en tant que propriétaire.</translation>
    </message>
    <message>
        <source>(no organisation yet)</source>
        <translation>(pas encore d&apos;organisation)</translation>
    </message>
    <message>
        <source>%1 has not started yet, so there is nothing to count: every figure below is empty.</source>
        <translation>%1 n&apos;a pas encore commencé, il n&apos;y a donc rien à compter&#xa0;: tous les chiffres ci-dessous sont vides.</translation>
    </message>
    <message>
        <source>%1 is not over: the figures run to %2.</source>
        <translation>%1 n&apos;est pas terminé&#xa0;: les chiffres vont jusqu&apos;au %2.</translation>
    </message>
    <message>
        <source>The program started on %1, after this quarter: there is nothing to count.</source>
        <translation>Le programme a commencé le %1, après ce trimestre&#xa0;: il n&apos;y a rien à compter.</translation>
    </message>
    <message>
        <source>No connection policy has been published in this database: the built-in policy %1 applies.</source>
        <translation>Aucune politique relative aux relations n&apos;a été publiée dans cette base de données&#xa0;: la politique intégrée %1 s&apos;applique.</translation>
    </message>
    <message>
        <source>The connection policy</source>
        <translation>La politique relative aux relations</translation>
    </message>
    <message>
        <source>Version %1 (built in; not yet published by the business).</source>
        <translation>Version %1 (intégrée&#xa0;; pas encore publiée par l&apos;entreprise).</translation>
    </message>
    <message>
        <source>Version %1, published on %2.</source>
        <translation>Version %1, publiée le %2.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Sections written</source>
        <translation>Sections rédigées</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>of the required checklist</source>
        <translation>de la liste de contrôle obligatoire</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>now</source>
        <translation>actuellement</translation>
    </message>
    <message>
        <source>Have acknowledged this version</source>
        <translation>Ont confirmé avoir lu cette version</translation>
    </message>
    <message>
        <source>Not yet acknowledged</source>
        <translation>Pas encore confirmé</translation>
    </message>
    <message>
        <source>asked at their next sign-in</source>
        <translation>sollicités à leur prochaine connexion</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Participation and consent</source>
        <translation>Participation et consentement</translation>
    </message>
    <message>
        <source>Team (the owner excepted)</source>
        <translation>Équipe (hors propriétaire)</translation>
    </message>
    <message>
        <source>at the end of the quarter</source>
        <translation>à la fin du trimestre</translation>
    </message>
    <message>
        <source>Participation rate</source>
        <translation>Taux de participation</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>non affiché</translation>
    </message>
    <message>
        <source>shown when at least 3 take part</source>
        <translation>affiché si au moins 3 personnes participent</translation>
    </message>
    <message>
        <source>Joined the program</source>
        <translation>Ont rejoint le programme</translation>
    </message>
    <message>
        <source>month by month</source>
        <translation>mois par mois</translation>
    </message>
    <message>
        <source>Left the program</source>
        <translation>Ont quitté le programme</translation>
    </message>
    <message>
        <source>month by month; no reason is ever asked</source>
        <translation>mois par mois&#xa0;; aucune raison n&apos;est jamais demandée</translation>
    </message>
    <message>
        <source>Connections kept private</source>
        <translation>Relations gardées privées</translation>
    </message>
    <message>
        <source>of participants, now</source>
        <translation>des participants, actuellement</translation>
    </message>
    <message>
        <source>Connections made discoverable</source>
        <translation>Relations rendues découvrables</translation>
    </message>
    <message>
        <source>Connections shared</source>
        <translation>Relations partagées</translation>
    </message>
    <message>
        <source>Participation rate, last 12 months</source>
        <translation>Taux de participation, 12 derniers mois</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Referral activity and outcomes</source>
        <translation>Activité de recommandation et résultats</translation>
    </message>
    <message>
        <source>Aggregate figures only. Declines are counted, never attributed to anyone.</source>
        <translation>Chiffres agrégés uniquement. Les refus sont comptés, jamais attribués à quiconque.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptées</translation>
    </message>
    <message>
        <source>answers, month by month</source>
        <translation>réponses, mois par mois</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusées</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>recorded by the owner</source>
        <translation>enregistrés par le propriétaire</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>won %1 · hired %2 · partnered %3 · no result %4</source>
        <translation>gagnés %1 · embauches %2 · partenariats %3 · sans résultat %4</translation>
    </message>
    <message>
        <source>Median days from request to introduction</source>
        <translation>Délai médian en jours entre la demande et la mise en relation</translation>
    </message>
    <message>
        <source>shown when at least 3 people introduced</source>
        <translation>affiché si au moins 3 personnes ont fait une mise en relation</translation>
    </message>
    <message>
        <source>Answers to requests, last 12 months</source>
        <translation>Réponses aux demandes, 12 derniers mois</translation>
    </message>
    <message>
        <source>No referral requests were sent in %1.</source>
        <translation>Aucune demande de recommandation n&apos;a été envoyée en %1.</translation>
    </message>
    <message>
        <source>Pulse survey</source>
        <translation>Baromètre</translation>
    </message>
    <message>
        <source>Anonymous: answers are stored with the quarter only. Averages are shown for a quarter with at least 3 answers; comments are read in the window and are not part of this report.</source>
        <translation>Anonyme&#xa0;: les réponses ne sont enregistrées qu&apos;avec le trimestre. Les moyennes sont affichées pour un trimestre ayant au moins 3 réponses&#xa0;; les commentaires se lisent dans la fenêtre de l&apos;application et ne font pas partie de ce rapport.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>plus elle est haute, mieux c&apos;est</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>plus elle est basse, mieux c&apos;est</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Satisfaction (1–5)</translation>
    </message>
    <message>
        <source>The pulse for %1 has fewer than 3 answers, so its averages are not shown.</source>
        <translation>Le baromètre de %1 compte moins de 3 réponses&#xa0;: ses moyennes ne sont donc pas affichées.</translation>
    </message>
    <message>
        <source>Pulse averages, last four quarters</source>
        <translation>Moyennes du baromètre, quatre derniers trimestres</translation>
    </message>
    <message>
        <source>Comfort</source>
        <translation>Aisance</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Pression</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Counts and status only. Whoever wrote a concern, and what it says, stays with its recipient.</source>
        <translation>Uniquement des totaux et des statuts. L&apos;auteur d&apos;un signalement et son contenu ne sont connus que de son destinataire.</translation>
    </message>
    <message>
        <source>Reported in the quarter</source>
        <translation>Reçus au cours du trimestre</translation>
    </message>
    <message>
        <source>Resolved in the quarter</source>
        <translation>Résolus au cours du trimestre</translation>
    </message>
    <message>
        <source>Concerns, last 12 months</source>
        <translation>Signalements, 12 derniers mois</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolus</translation>
    </message>
    <message>
        <source>Review schedule and the last review</source>
        <translation>Calendrier des revues et dernière revue</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>due by %1</source>
        <translation>à faire avant le %1</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>Dernière revue</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Tenue le</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No review has been recorded yet.</source>
        <translation>Aucune revue n&apos;a encore été enregistrée.</translation>
    </message>
    <message>
        <source>No quarterly review has been recorded for %1.</source>
        <translation>Aucune revue trimestrielle n&apos;a été enregistrée pour %1.</translation>
    </message>
    <message>
        <source>Changes decided</source>
        <translation>Changements décidés</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Policy version %1</source>
        <translation>Version %1 de la politique</translation>
    </message>
    <message>
        <source>Policy versions published</source>
        <translation>Versions de la politique publiées</translation>
    </message>
    <message>
        <source>Reviews that decided changes</source>
        <translation>Revues ayant décidé des changements</translation>
    </message>
    <message>
        <source>No changes were decided in this quarter.</source>
        <translation>Aucun changement n&apos;a été décidé au cours de ce trimestre.</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>The audit log had %1 entries when this report was prepared, ending with the hash below. To check later that no entry was removed: consentric audit --database FILE --verify --expect-head HASH</source>
        <translation>Le journal d&apos;audit comptait %1 entrées lors de l&apos;établissement de ce rapport et se terminait par l&apos;empreinte ci-dessous. Pour vérifier plus tard qu&apos;aucune entrée n&apos;a été supprimée&#xa0;: consentric audit --database FILE --verify --expect-head HASH</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Entrées du journal d&apos;audit</translation>
    </message>
    <message>
        <source>chain intact</source>
        <translation>chaîne intacte</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>For the team</source>
        <translation>Pour l&apos;équipe</translation>
    </message>
    <message>
        <source>Acknowledged a new policy version</source>
        <translation>Nouvelle version de la politique confirmée</translation>
    </message>
    <message>
        <source>One-to-ones</source>
        <translation>Tête-à-tête</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Rounds started</source>
        <translation>Tours lancés</translation>
    </message>
    <message>
        <source>for a date in the quarter</source>
        <translation>pour une date du trimestre</translation>
    </message>
    <message>
        <source>Meetings arranged</source>
        <translation>Rendez-vous organisés</translation>
    </message>
    <message>
        <source>for the quarter</source>
        <translation>pour le trimestre</translation>
    </message>
    <message>
        <source>Across departments</source>
        <translation>Entre services</translation>
    </message>
    <message>
        <source>of the meetings arranged</source>
        <translation>des rendez-vous organisés</translation>
    </message>
    <message>
        <source>Held rate</source>
        <translation>Taux de réalisation</translation>
    </message>
    <message>
        <source>Pairs of departments that met</source>
        <translation>Paires de services qui se sont rencontrés</translation>
    </message>
    <message>
        <source>at least one one-to-one between them</source>
        <translation>au moins un tête-à-tête entre eux</translation>
    </message>
    <message>
        <source>No one-to-one round was started for a date in %1.</source>
        <translation>Aucun tour de tête-à-tête n&apos;a été lancé pour une date en %1.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>One-to-ones whose time had come by %1, by the departments of the people in them: %2 in all, %3 across departments. A cell counts the meetings between its row&apos;s and its column&apos;s department; the shaded diagonal, those within one department. A group of three counts once for each pair of departments in it.</source>
        <translation>Tête-à-tête dont l&apos;heure était venue au %1, selon les services des personnes concernées&#xa0;: %2 au total, dont %3 entre services. Une cellule compte les rendez-vous entre le service de sa ligne et celui de sa colonne&#xa0;; la diagonale ombrée, ceux au sein d&apos;un même service. Un groupe de trois compte une fois pour chaque paire de services qu&apos;il contient.</translation>
    </message>
    <message>
        <source>%1 (%2 % of employees)</source>
        <translation>%1 (%2 % des employés)</translation>
    </message>
    <message>
        <source>employees, now; shown from 3</source>
        <translation>employés, actuellement ; affiché à partir de 3</translation>
    </message>
    <message>
        <source>of held and skipped; %1 people marked</source>
        <translation>des tête-à-tête ayant eu lieu ou non ; %1 personnes ont indiqué</translation>
    </message>
    <message>
        <source>Colleagues from different departments meet for half an hour, paired by the program; members choose how often and within which working hours. Counts only: each person&apos;s marks and private notes are never part of this report, and the held rate counts only the months in which at least 3 people marked a meeting.</source>
        <translation>Des collègues de services différents se rencontrent une demi-heure, associés par le programme ; les membres choisissent la fréquence et les horaires de travail. Des chiffres uniquement : les indications et notes privées de chacun ne figurent jamais dans ce rapport, et le taux de réalisation ne compte que les mois où au moins 3 personnes ont indiqué un rendez-vous.</translation>
    </message>
    <message>
        <source>shown when at least 3 people marked in a month</source>
        <translation>affiché quand au moins 3 personnes ont indiqué dans un mois</translation>
    </message>
</context>
<context>
    <name>consentric::reports::Chart</name>
    <message>
        <source>Hidden: fewer than 3</source>
        <translation>Masqué&#xa0;: moins de 3</translation>
    </message>
    <message>
        <source>No data for this period</source>
        <translation>Aucune donnée pour cette période</translation>
    </message>
    <message>
        <source>Every figure here is hidden: fewer than 3 people stand behind each</source>
        <translation>Tous les chiffres sont masqués ici&#xa0;: moins de 3 personnes se trouvent derrière chacun</translation>
    </message>
</context>
<context>
    <name>consentric::reports::Layout</name>
    <message>
        <source>Quarterly policy review</source>
        <translation>Revue trimestrielle de la politique</translation>
    </message>
    <message>
        <source>Covering %1 to %2</source>
        <translation>Période du %1 au %2</translation>
    </message>
    <message>
        <source>Prepared on %1 with Consentric</source>
        <translation>Établi le %1 avec Consentric</translation>
    </message>
    <message>
        <source>What this report cannot show</source>
        <translation>Ce que ce rapport ne peut pas montrer</translation>
    </message>
    <message>
        <source>Head hash of the audit log:</source>
        <translation>Empreinte de tête du journal d&apos;audit&#xa0;:</translation>
    </message>
    <message>
        <source>%1 — policy review %2</source>
        <translation>%1 — revue de la politique %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Aggregate figures only. Any figure behind which fewer than three people stand is shown as “fewer than 3”, and figures are counted in whole months so that comparing two periods cannot single anyone out. No section about requests, declines, the pulse, concerns or one-to-ones names anyone.</source>
        <translation>Chiffres agrégés uniquement. Tout chiffre derrière lequel se trouvent moins de trois personnes s&apos;affiche «&#xa0;moins de 3&#xa0;», et les chiffres sont comptés en mois entiers afin que la comparaison de deux périodes ne permette d&apos;identifier personne. Aucune section sur les demandes, les refus, le baromètre, les signalements ou les tête-à-tête ne nomme qui que ce soit.</translation>
    </message>
</context>
<context>
    <name>consentric::reports::ReportWriter</name>
    <message>
        <source>The report could not be drawn: the printer or file refused to start a page. Check the printer, or the folder you chose.</source>
        <translation>Le rapport n&apos;a pas pu être dessiné&#xa0;: l&apos;imprimante ou le fichier a refusé de commencer une page. Vérifiez l&apos;imprimante, ou le dossier choisi.</translation>
    </message>
    <message>
        <source>The report stopped at page %1: the printer or file refused a new page.</source>
        <translation>Le rapport s&apos;est arrêté à la page %1&#xa0;: l&apos;imprimante ou le fichier a refusé une nouvelle page.</translation>
    </message>
    <message>
        <source>Quarterly policy review %1 — %2</source>
        <translation>Revue trimestrielle de la politique %1 — %2</translation>
    </message>
    <message>
        <source>The report could not be saved as %1. Check that the folder exists and that you may write there.</source>
        <translation>Le rapport n&apos;a pas pu être enregistré sous %1. Vérifiez que le dossier existe et que vous avez le droit d&apos;y écrire.</translation>
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
    <name>consentric::templates</name>
    <message>
        <source>The subject</source>
        <translation>L&apos;objet</translation>
    </message>
    <message>
        <source>The body</source>
        <translation>Le corps du message</translation>
    </message>
    <message>
        <source>The disclosure</source>
        <translation>La mention de transparence</translation>
    </message>
    <message>
        <source>The opt-out line</source>
        <translation>La mention de refus</translation>
    </message>
    <message>
        <source>%1 has }} at line %2, column %3 without a {{ before it. Remove it, or add the missing {{.</source>
        <translation>%1 contient }} à la ligne %2, colonne %3, sans {{ avant. Supprimez-le, ou ajoutez le {{ manquant.</translation>
    </message>
    <message>
        <source>%1 opens a placeholder with {{ at line %2, column %3 but does not close it. Add }} after the placeholder&apos;s name, or remove the {{.</source>
        <translation>%1 ouvre une variable avec {{ à la ligne %2, colonne %3, mais ne la ferme pas. Ajoutez }} après le nom de la variable, ou supprimez le {{.</translation>
    </message>
    <message>
        <source>%1 has an empty placeholder {{}} at line %2, column %3. Write a placeholder&apos;s name between the braces, or remove them.</source>
        <translation>%1 contient une variable vide {{}} à la ligne %2, colonne %3. Écrivez le nom d&apos;une variable entre les accolades, ou supprimez-les.</translation>
    </message>
    <message>
        <source>Choose one from “Insert placeholder”, or correct the spelling.</source>
        <translation>Choisissez-en une dans «&#xa0;Insérer une variable&#xa0;», ou corrigez l&apos;orthographe.</translation>
    </message>
    <message>
        <source>Did you mean {{%1}}?</source>
        <translation>Vouliez-vous dire {{%1}}&#xa0;?</translation>
    </message>
    <message>
        <source>%1 has an unknown placeholder {{%4}} at line %2, column %3.</source>
        <translation>%1 contient une variable inconnue {{%4}} à la ligne %2, colonne %3.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Ask first</source>
        <translation>Demander d&apos;abord</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>your first name</source>
        <translation>votre prénom</translation>
    </message>
    <message>
        <source>your full name</source>
        <translation>vos prénom et nom</translation>
    </message>
    <message>
        <source>your email address</source>
        <translation>votre adresse e-mail</translation>
    </message>
    <message>
        <source>the recipient&apos;s first name</source>
        <translation>le prénom du destinataire</translation>
    </message>
    <message>
        <source>the recipient&apos;s full name</source>
        <translation>les prénom et nom du destinataire</translation>
    </message>
    <message>
        <source>the recipient&apos;s company</source>
        <translation>l&apos;entreprise du destinataire</translation>
    </message>
    <message>
        <source>your organisation&apos;s name</source>
        <translation>le nom de votre organisation</translation>
    </message>
    <message>
        <source>who asked for the introduction</source>
        <translation>la personne qui a demandé la mise en relation</translation>
    </message>
    <message>
        <source>their email address</source>
        <translation>l&apos;adresse e-mail de la personne qui a demandé la mise en relation</translation>
    </message>
    <message>
        <source>the company to reach</source>
        <translation>l&apos;entreprise à joindre</translation>
    </message>
    <message>
        <source>why the business wants to reach them</source>
        <translation>pourquoi l&apos;entreprise souhaite la joindre</translation>
    </message>
    <message>
        <source>The disclosure and the opt-out line are empty: write why the employee is writing and on whose behalf, and how the recipient can say no to further contact, then activate the template.</source>
        <translation>La mention de transparence et la mention de refus sont vides&#xa0;: indiquez pourquoi l&apos;employé écrit et au nom de qui, et comment le destinataire peut refuser d&apos;être recontacté, puis activez le modèle.</translation>
    </message>
    <message>
        <source>The disclosure is empty: write why the employee is writing and on whose behalf, then activate the template.</source>
        <translation>La mention de transparence est vide&#xa0;: indiquez pourquoi l&apos;employé écrit et au nom de qui, puis activez le modèle.</translation>
    </message>
    <message>
        <source>The opt-out line is empty: write how the recipient can say no to further contact, then activate the template.</source>
        <translation>La mention de refus est vide&#xa0;: indiquez comment le destinataire peut refuser d&apos;être recontacté, puis activez le modèle.</translation>
    </message>
</context>
<context>
    <name>consentric::templates::TemplateStore</name>
    <message>
        <source>counting the templates</source>
        <translation>le décompte des modèles</translation>
    </message>
    <message>
        <source>adding the default templates</source>
        <translation>l&apos;ajout des modèles par défaut</translation>
    </message>
    <message>
        <source>reading the templates</source>
        <translation>la lecture des modèles</translation>
    </message>
    <message>
        <source>Only the owner or an admin can change templates. Ask them to make this change.</source>
        <translation>Seul le propriétaire ou un administrateur peut modifier les modèles. Demandez-leur d&apos;effectuer cette modification.</translation>
    </message>
    <message>
        <source>The template needs a name, so that employees can tell it from the others.</source>
        <translation>Le modèle doit avoir un nom, pour que les employés puissent le distinguer des autres.</translation>
    </message>
    <message>
        <source>The template&apos;s name is longer than %1 characters; shorten it.</source>
        <translation>Le nom du modèle dépasse %1 caractères&#xa0;; raccourcissez-le.</translation>
    </message>
    <message>
        <source>adding the template</source>
        <translation>l&apos;ajout du modèle</translation>
    </message>
    <message>
        <source>That template no longer exists (someone removed it); the list was refreshed.</source>
        <translation>Ce modèle n&apos;existe plus (quelqu&apos;un l&apos;a supprimé)&#xa0;; la liste a été actualisée.</translation>
    </message>
    <message>
        <source>saving the template</source>
        <translation>l&apos;enregistrement du modèle</translation>
    </message>
    <message>
        <source>removing the template</source>
        <translation>la suppression du modèle</translation>
    </message>
    <message>
        <source>Only a template that was saved before can be put back.</source>
        <translation>Seul un modèle déjà enregistré auparavant peut être rétabli.</translation>
    </message>
    <message>
        <source>That template is already there; nothing was put back.</source>
        <translation>Ce modèle est déjà présent&#xa0;; rien n&apos;a été rétabli.</translation>
    </message>
    <message>
        <source>putting the template back</source>
        <translation>le rétablissement du modèle</translation>
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
    <message>
        <source>Taking part:</source>
        <translation>Participants&#xa0;:</translation>
    </message>
    <message>
        <source>The share of the team taking part in the program at the end of the range&apos;s last month (today, for the current month). Shown only when at least 3 people take part; otherwise it reads &quot;fewer than 3&quot;.</source>
        <translation>La part de l&apos;équipe qui participe au programme à la fin du dernier mois de la période (aujourd&apos;hui, pour le mois en cours). Affichée seulement si au moins 3 personnes participent&#xa0;; sinon, elle s&apos;affiche «&#xa0;moins de 3&#xa0;».</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Équipe&#xa0;:</translation>
    </message>
    <message>
        <source>Active members of the team at the end of that month, the owner excepted. The size of the team is not private.</source>
        <translation>Membres actifs de l&apos;équipe à la fin de ce mois, hors propriétaire. La taille de l&apos;équipe n&apos;est pas confidentielle.</translation>
    </message>
    <message>
        <source>Joined:</source>
        <translation>Adhésions&#xa0;:</translation>
    </message>
    <message>
        <source>Employees who joined the program in these months.</source>
        <translation>Employés ayant rejoint le programme au cours de ces mois.</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>Départs&#xa0;:</translation>
    </message>
    <message>
        <source>Employees who left the program in these months.</source>
        <translation>Employés ayant quitté le programme au cours de ces mois.</translation>
    </message>
    <message>
        <source>Requests sent:</source>
        <translation>Demandes envoyées&#xa0;:</translation>
    </message>
    <message>
        <source>Requests you sent in these months.</source>
        <translation>Demandes que vous avez envoyées au cours de ces mois.</translation>
    </message>
    <message>
        <source>Accepted:</source>
        <translation>Acceptées&#xa0;:</translation>
    </message>
    <message>
        <source>Requests employees accepted in these months.</source>
        <translation>Demandes acceptées par les employés au cours de ces mois.</translation>
    </message>
    <message>
        <source>Declined:</source>
        <translation>Refusées&#xa0;:</translation>
    </message>
    <message>
        <source>Declines answered in these months.</source>
        <translation>Refus exprimés au cours de ces mois.</translation>
    </message>
    <message>
        <source>Introductions:</source>
        <translation>Mises en relation&#xa0;:</translation>
    </message>
    <message>
        <source>Introductions employees made in these months.</source>
        <translation>Mises en relation faites par les employés au cours de ces mois.</translation>
    </message>
    <message>
        <source>Meetings:</source>
        <translation>Rendez-vous&#xa0;:</translation>
    </message>
    <message>
        <source>Meetings you recorded in these months.</source>
        <translation>Rendez-vous que vous avez enregistrés au cours de ces mois.</translation>
    </message>
    <message>
        <source>Won:</source>
        <translation>Gagnés&#xa0;:</translation>
    </message>
    <message>
        <source>Requests whose outcome you recorded as won in these months.</source>
        <translation>Demandes dont vous avez enregistré le résultat «&#xa0;gagné&#xa0;» au cours de ces mois.</translation>
    </message>
    <message>
        <source>Hired:</source>
        <translation>Embauches&#xa0;:</translation>
    </message>
    <message>
        <source>Requests whose outcome you recorded as hired in these months.</source>
        <translation>Demandes dont vous avez enregistré le résultat «&#xa0;embauché&#xa0;» au cours de ces mois.</translation>
    </message>
    <message>
        <source>Partnered:</source>
        <translation>Partenariats&#xa0;:</translation>
    </message>
    <message>
        <source>Requests whose outcome you recorded as partnered in these months.</source>
        <translation>Demandes dont vous avez enregistré le résultat «&#xa0;partenariat conclu&#xa0;» au cours de ces mois.</translation>
    </message>
    <message>
        <source>No result:</source>
        <translation>Sans résultat&#xa0;:</translation>
    </message>
    <message>
        <source>Requests whose outcome you recorded as no result in these months.</source>
        <translation>Demandes dont vous avez enregistré le résultat «&#xa0;sans résultat&#xa0;» au cours de ces mois.</translation>
    </message>
    <message>
        <source>Request to introduction:</source>
        <translation>De la demande à la mise en relation&#xa0;:</translation>
    </message>
    <message>
        <source>The median number of days from sending a request to the introduction, over the introductions made in these months. Shown only when at least 3 different employees made them, so no one&apos;s pace can be read from it.</source>
        <translation>Le nombre médian de jours entre l&apos;envoi d&apos;une demande et la mise en relation, pour les mises en relation faites au cours de ces mois. Affiché seulement si au moins 3 employés différents les ont faites, afin que le rythme de personne ne puisse s&apos;en déduire.</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>Trimestre&#xa0;:</translation>
    </message>
    <message>
        <source>The latest quarter of the range that has begun: the pulse is asked once a quarter.</source>
        <translation>Le dernier trimestre commencé de la période&#xa0;: le baromètre a lieu une fois par trimestre.</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>Réponses&#xa0;:</translation>
    </message>
    <message>
        <source>How many answered the pulse that quarter. Answers are stored without name, time or order; fewer than 3 reads &quot;fewer than 3&quot;.</source>
        <translation>Le nombre de personnes ayant répondu au baromètre ce trimestre-là. Les réponses sont enregistrées sans nom, sans heure et sans ordre&#xa0;; moins de 3 s&apos;affiche «&#xa0;moins de 3&#xa0;».</translation>
    </message>
    <message>
        <source>Comfort:</source>
        <translation>Aisance&#xa0;:</translation>
    </message>
    <message>
        <source>The average answer that quarter, from 1 (very uncomfortable) to 5 (very comfortable). Shown only for a quarter with at least 3 answers.</source>
        <translation>La réponse moyenne ce trimestre-là, de 1 (très mal à l&apos;aise) à 5 (très à l&apos;aise). Affichée seulement pour un trimestre ayant au moins 3 réponses.</translation>
    </message>
    <message>
        <source>Felt pressure:</source>
        <translation>Pression ressentie&#xa0;:</translation>
    </message>
    <message>
        <source>The average answer that quarter, from 1 (no pressure) to 5 (a lot). Shown only for a quarter with at least 3 answers.</source>
        <translation>La réponse moyenne ce trimestre-là, de 1 (aucune pression) à 5 (beaucoup). Affichée seulement pour un trimestre ayant au moins 3 réponses.</translation>
    </message>
    <message>
        <source>Satisfaction:</source>
        <translation>Satisfaction&#xa0;:</translation>
    </message>
    <message>
        <source>The average answer that quarter, from 1 (not satisfied) to 5 (very satisfied). Shown only for a quarter with at least 3 answers.</source>
        <translation>La réponse moyenne ce trimestre-là, de 1 (pas satisfait) à 5 (très satisfait). Affichée seulement pour un trimestre ayant au moins 3 réponses.</translation>
    </message>
    <message>
        <source>Reported:</source>
        <translation>Reçus&#xa0;:</translation>
    </message>
    <message>
        <source>Concerns sent to you or to the trusted person in these months.</source>
        <translation>Signalements envoyés à vous-même ou à la personne de confiance au cours de ces mois.</translation>
    </message>
    <message>
        <source>Resolved:</source>
        <translation>Résolus&#xa0;:</translation>
    </message>
    <message>
        <source>Concerns marked resolved in these months.</source>
        <translation>Signalements marqués comme résolus au cours de ces mois.</translation>
    </message>
    <message>
        <source>Read a new policy:</source>
        <translation>Nouvelle politique lue&#xa0;:</translation>
    </message>
    <message>
        <source>Participants who acknowledged a newly published version of the connection policy in these months.</source>
        <translation>Participants ayant confirmé avoir lu une nouvelle version publiée de la politique relative aux relations au cours de ces mois.</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Membres&#xa0;:</translation>
    </message>
    <message>
        <source>Rounds:</source>
        <translation>Tours&#xa0;:</translation>
    </message>
    <message>
        <source>One-to-one rounds started for a date in these months.</source>
        <translation>Tours de tête-à-tête lancés pour une date de ces mois.</translation>
    </message>
    <message>
        <source>Meetings arranged:</source>
        <translation>Rendez-vous organisés&#xa0;:</translation>
    </message>
    <message>
        <source>One-to-ones arranged for these months by the rounds, whether their time has come yet or not.</source>
        <translation>Tête-à-tête organisés par les tours pour ces mois, que leur heure soit déjà venue ou non.</translation>
    </message>
    <message>
        <source>Across departments:</source>
        <translation>Entre services&#xa0;:</translation>
    </message>
    <message>
        <source>Of those meetings, the ones between colleagues from different departments (a group of three counts when any two of them differ).</source>
        <translation>Parmi ces rendez-vous, ceux entre collègues de services différents (un groupe de trois compte dès que deux de ses membres sont de services différents).</translation>
    </message>
    <message>
        <source>Held:</source>
        <translation>Ayant eu lieu&#xa0;:</translation>
    </message>
    <message>
        <source>Employees in the one-to-one program today, whatever the range, and their share of all employees (the owner and admins arrange the rounds and do not take part). Shown only when at least 3 take part; otherwise it reads &quot;fewer than 3&quot;.</source>
        <translation>Employés inscrits aujourd&apos;hui au programme de tête-à-tête, quelle que soit la période, et leur part de l&apos;ensemble des employés (le propriétaire et les administrateurs organisent les tours et n&apos;y participent pas). Affiché seulement à partir de 3 participants ; sinon, on lit « moins de 3 ».</translation>
    </message>
    <message>
        <source>Of the marks people gave their meetings of these months, the share that says held rather than skipped. Counted month by month: a month in which fewer than 3 different people marked a meeting is left out, so comparing two ranges never shows how one or two people marked theirs. Nobody&apos;s own mark is ever shown.</source>
        <translation>Parmi les indications données aux rendez-vous de ces mois, la part qui dit « a eu lieu » plutôt que « n&apos;a pas eu lieu ». Compté mois par mois : un mois où moins de 3 personnes différentes ont indiqué un rendez-vous est laissé de côté, de sorte que comparer deux périodes ne montre jamais ce qu&apos;une ou deux personnes ont indiqué. L&apos;indication d&apos;une personne n&apos;est jamais affichée.</translation>
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
    <name>consentric::ui::ChartWidget</name>
    <message>
        <source>%1: fewer than 3 in %2 (hidden)</source>
        <translation>%1&#xa0;: moins de 3 en %2 (masqué)</translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <translation>%1&#xa0;: %2 en %3</translation>
    </message>
</context>
<context>
    <name>consentric::ui::ConcernInbox</name>
    <message>
        <source>Reported on</source>
        <translation>Signalé le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Being &amp;handled</source>
        <translation>&amp;En cours de traitement</translation>
    </message>
    <message>
        <source>&amp;Resolved</source>
        <translation>&amp;Résolu</translation>
    </message>
    <message>
        <source>Concerns sent to you</source>
        <translation>Signalements qui vous ont été envoyés</translation>
    </message>
    <message>
        <source>The concern, as it was written</source>
        <translation>Le signalement, tel qu&apos;il a été rédigé</translation>
    </message>
    <message>
        <source>Tell the reporter you are looking into it</source>
        <translation>Indiquer à son auteur que vous vous en occupez</translation>
    </message>
    <message>
        <source>Tell the reporter it has been dealt with</source>
        <translation>Indiquer à son auteur que le signalement a été traité</translation>
    </message>
    <message>
        <source>Nobody has sent you a concern. When someone does, it appears here, and only you can read it.</source>
        <translation>Personne ne vous a envoyé de signalement. Lorsque quelqu&apos;un le fera, il apparaîtra ici, et vous seul pourrez le lire.</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonyme</translation>
    </message>
    <message>
        <source>Choose a concern to read it.</source>
        <translation>Choisissez un signalement pour le lire.</translation>
    </message>
    <message>
        <source>Sent anonymously: no author was stored with it.</source>
        <translation>Envoyé anonymement&#xa0;: aucun auteur n&apos;a été enregistré avec lui.</translation>
    </message>
    <message>
        <source>Sent by %1.</source>
        <translation>Envoyé par %1.</translation>
    </message>
    <message>
        <source>%1 Reported on %2; %3 since %4.</source>
        <translation>%1 Signalé le %2&#xa0;; %3 depuis le %4.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>Choose a concern first.</source>
        <translation>Choisissez d&apos;abord un signalement.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::ConcernsPage</name>
    <message>
        <source>&amp;Designate…</source>
        <translation>&amp;Désigner…</translation>
    </message>
    <message>
        <source>Employees can send a concern — feeling pressured, an uncomfortable situation — to you or to the trusted person you designate, by name or anonymously. Each concern is sealed to the person it was sent to: only they can read it. Everyone else, you included, sees only how many there are.</source>
        <translation>Les employés peuvent envoyer un signalement — s&apos;ils se sentent mis sous pression ou ont vécu une situation inconfortable — à vous ou à la personne de confiance que vous désignez, en leur nom ou anonymement. Chaque signalement est scellé pour la personne à qui il a été envoyé&#xa0;: elle seule peut le lire. Tous les autres, vous compris, ne voient que leur nombre.</translation>
    </message>
    <message>
        <source>Trusted person</source>
        <translation>Personne de confiance</translation>
    </message>
    <message>
        <source>Make the chosen person the one employees may send concerns to instead of you</source>
        <translation>Faire de la personne choisie celle à qui les employés peuvent envoyer des signalements au lieu de vous</translation>
    </message>
    <message>
        <source>&amp;Trusted person:</source>
        <translation>&amp;Personne de confiance&#xa0;:</translation>
    </message>
    <message>
        <source>Someone on the team, other than you, whom employees may write to when they would rather not write to you. Concerns already sent stay with the person who received them: they are sealed to that person.</source>
        <translation>Une personne de l&apos;équipe, autre que vous, à qui les employés peuvent écrire lorsqu&apos;ils préfèrent ne pas s&apos;adresser à vous. Les signalements déjà envoyés restent chez la personne qui les a reçus&#xa0;: ils sont scellés pour elle.</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Concerns sent to you</source>
        <translation>Signalements qui vous ont été envoyés</translation>
    </message>
    <message>
        <source>No concern has been reported.</source>
        <translation>Aucun signalement n&apos;a été fait.</translation>
    </message>
    <message>
        <source>&lt;b&gt;All concerns&lt;/b&gt;, whoever they were sent to: %1 received, %2 being handled, %3 resolved (%4 in all).</source>
        <translation>&lt;b&gt;Tous les signalements&lt;/b&gt;, quel que soit leur destinataire&#xa0;: %1 reçus, %2 en cours de traitement, %3 résolus (%4 au total).</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (left the team)</source>
        <translation>%1 (a quitté l&apos;équipe)</translation>
    </message>
    <message>
        <source>Employees will be able to send their concerns to %1, as well as to you. Concerns already sent stay with whoever received them.</source>
        <translation>Les employés pourront envoyer leurs signalements à %1, ainsi qu&apos;à vous. Les signalements déjà envoyés restent chez la personne qui les a reçus.</translation>
    </message>
    <message>
        <source>Employees will be able to send concerns only to you. Concerns already sent to the trusted person stay with them.</source>
        <translation>Les employés ne pourront envoyer leurs signalements qu&apos;à vous. Les signalements déjà envoyés à la personne de confiance restent chez elle.</translation>
    </message>
    <message>
        <source>Change the trusted person?</source>
        <translation>Changer de personne de confiance&#xa0;?</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changer</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>Employees can now send concerns to %1 as well as to you.</source>
        <translation>Les employés peuvent désormais envoyer leurs signalements à %1 ainsi qu&apos;à vous.</translation>
    </message>
    <message>
        <source>Employees can now send concerns only to you.</source>
        <translation>Les employés peuvent désormais envoyer leurs signalements uniquement à vous.</translation>
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
    <name>consentric::ui::GuardrailsDialog</name>
    <message>
        <source>Guardrails</source>
        <translation>Garde-fous</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>These keep the program free of pressure. You can tune them within their bounds; no setting switches them off. Opting out always cancels a person&apos;s pending requests, and declines are never shown by name.</source>
        <translation>Ces règles préservent le programme de toute pression. Vous pouvez les ajuster dans leurs limites&#xa0;; aucun réglage ne les désactive. Quitter le programme annule toujours les demandes en attente d&apos;une personne, et les refus ne sont jamais affichés nominativement.</translation>
    </message>
    <message>
        <source>&amp;Open requests per employee (1–3):</source>
        <translation>&amp;Demandes ouvertes par employé (1–3)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Wait after a request ends without an introduction (30–365):</source>
        <translation>&amp;Attente après une demande terminée sans mise en relation (30–365)&#xa0;:</translation>
    </message>
    <message>
        <source>Requests &amp;expire after (7–30):</source>
        <translation>Les demandes &amp;expirent au bout de (7–30)&#xa0;:</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
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
    <name>consentric::ui::InboxPage</name>
    <message>
        <source>you were asked</source>
        <translation>vous avez été sollicité</translation>
    </message>
    <message>
        <source>you accepted</source>
        <translation>vous avez accepté</translation>
    </message>
    <message>
        <source>you sent the introduction</source>
        <translation>vous avez envoyé la mise en relation</translation>
    </message>
    <message>
        <source>the meeting took place</source>
        <translation>le rendez-vous a eu lieu</translation>
    </message>
    <message>
        <source>the outcome was recorded</source>
        <translation>le résultat a été enregistré</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>close</translation>
    </message>
    <message>
        <source>outcome: %1</source>
        <translation>résultat&#xa0;: %1</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Demandé le</translation>
    </message>
    <message>
        <source>Your answer (private)</source>
        <translation>Votre réponse (privée)</translation>
    </message>
    <message>
        <source>Make the &amp;introduction</source>
        <translation>Faire la &amp;mise en relation</translation>
    </message>
    <message>
        <source>Mention my &amp;name only</source>
        <translation>Mentionner seulement mon &amp;nom</translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation>&amp;Refuser…</translation>
    </message>
    <message>
        <source>Write the introduction</source>
        <translation>Rédiger la mise en relation</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Copier le texte</translation>
    </message>
    <message>
        <source>&amp;Open in mail program</source>
        <translation>&amp;Ouvrir dans la messagerie</translation>
    </message>
    <message>
        <source>Mark introduction &amp;sent</source>
        <translation>Marquer la mise en relation comme en&amp;voyée</translation>
    </message>
    <message>
        <source>They asked not to be contacted…</source>
        <translation>La personne ne souhaite plus être contactée…</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>No requests. When the business would like an introduction that one of your shared connections could make, it arrives here, and only you see it until you answer.</source>
        <translation>Aucune demande. Lorsque l&apos;entreprise souhaite une mise en relation que l&apos;une de vos relations partagées pourrait permettre, la demande arrive ici, et vous seul la voyez jusqu&apos;à ce que vous répondiez.</translation>
    </message>
    <message>
        <source>Introduction text</source>
        <translation>Texte de la mise en relation</translation>
    </message>
    <message>
        <source>&amp;Who you would introduce:</source>
        <translation>&amp;Qui vous présenteriez&#xa0;:</translation>
    </message>
    <message>
        <source>If you decline, the owner never learns it was you: the request simply closes at its expiry, as if nobody answered. Your reason, if you give one, is readable only by you.</source>
        <translation>Si vous refusez, le propriétaire ne saura jamais que c&apos;était vous&#xa0;: la demande se clôt simplement à son expiration, comme si personne n&apos;avait répondu. Votre raison, si vous en donnez une, n&apos;est lisible que par vous.</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>Modè&amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>Ob&amp;jet&#xa0;:</translation>
    </message>
    <message>
        <source>Edit freely: these are your words. Consentric sends nothing; copy the text or open it in your own mail program.</source>
        <translation>Modifiez librement&#xa0;: ce sont vos mots. Consentric n&apos;envoie rien&#xa0;; copiez le texte ou ouvrez-le dans votre propre messagerie.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Optionally, a reason for yourself (nobody else can read it). The owner will not learn that you declined.</source>
        <translation>Si vous le souhaitez, une raison pour vous-même (personne d&apos;autre ne peut la lire). Le propriétaire ne saura pas que vous avez refusé.</translation>
    </message>
    <message>
        <source>Do not contact again</source>
        <translation>Ne plus contacter</translation>
    </message>
    <message>
        <source>The person you introduced asked not to be contacted again. Consentric puts them on the do-not-contact list (as a keyed code, not their name) and will refuse any later request that would reach them. The request ends with no result.</source>
        <translation>La personne que vous avez présentée a demandé à ne plus être contactée. Consentric l&apos;inscrit sur la liste «&#xa0;ne pas contacter&#xa0;» (sous forme de code chiffré, pas sous son nom) et refusera toute demande ultérieure qui l&apos;atteindrait. La demande se termine sans résultat.</translation>
    </message>
    <message>
        <source>Add to do-not-contact</source>
        <translation>Inscrire sur la liste «&#xa0;ne pas contacter&#xa0;»</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;Asked by %1 on %2. %3&lt;/p&gt;&lt;p&gt;&lt;i&gt;“%4”&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Demandé par %1 le %2. %3&lt;/p&gt;&lt;p&gt;&lt;i&gt;«&#xa0;%4&#xa0;»&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Please answer by %1; after that it closes by itself.</source>
        <translation>Merci de répondre d&apos;ici le %1&#xa0;; passé ce délai, la demande se clôt d&apos;elle-même.</translation>
    </message>
    <message>
        <source>Your status: %1.</source>
        <translation>Votre statut&#xa0;: %1.</translation>
    </message>
    <message>
        <source>&lt;p&gt;You were asked by name, because you shared this connection.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Vous avez été sollicité nominativement, parce que vous avez partagé cette relation.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Everyone on the team who could help was asked; the first to accept takes it, and the others are told it is taken.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Toutes les personnes de l&apos;équipe qui pouvaient aider ont été sollicitées&#xa0;; la première qui accepte prend la demande en charge, et les autres sont informées qu&apos;elle est prise.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your reason (only you can read it): %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Votre raison (vous seul pouvez la lire)&#xa0;: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The person you introduced asked not to be contacted again; they are on the do-not-contact list.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La personne que vous avez présentée a demandé à ne plus être contactée&#xa0;; elle figure sur la liste «&#xa0;ne pas contacter&#xa0;».&lt;/p&gt;</translation>
    </message>
    <message>
        <source> (a step was taken back)</source>
        <translation> (une étape a été annulée)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What happened since&lt;/h3&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Ce qui s&apos;est passé depuis&lt;/h3&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Outcome: &lt;b&gt;%1&lt;/b&gt;. Thank you for making it possible.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Résultat&#xa0;: &lt;b&gt;%1&lt;/b&gt;. Merci de l&apos;avoir rendu possible.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>the disclosure (why you are writing, on whose behalf) and the opt-out line</source>
        <translation>la mention de transparence (pourquoi vous écrivez, au nom de qui) et la mention de refus</translation>
    </message>
    <message>
        <source>the disclosure (why you are writing, on whose behalf)</source>
        <translation>la mention de transparence (pourquoi vous écrivez, au nom de qui)</translation>
    </message>
    <message>
        <source>the opt-out line (how they can say no to further contact)</source>
        <translation>la mention de refus (comment la personne peut refuser d&apos;être recontactée)</translation>
    </message>
    <message>
        <source>Before it leaves</source>
        <translation>Avant l&apos;envoi</translation>
    </message>
    <message>
        <source>Your text no longer contains %1. The person you write to should know why you are writing and how to say no. It is your message and your choice: continue anyway?</source>
        <translation>Votre texte ne contient plus %1. La personne à qui vous écrivez devrait savoir pourquoi vous lui écrivez et comment refuser. C&apos;est votre message et votre choix&#xa0;: continuer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Continue anyway</source>
        <translation>Continuer quand même</translation>
    </message>
    <message>
        <source>The text is on the clipboard. Paste it into your mail program; the subject is “%1”.</source>
        <translation>Le texte est dans le presse-papiers. Collez-le dans votre messagerie&#xa0;; l&apos;objet est «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No mail program opened the message. Use Copy text and paste it into your mail program instead.</source>
        <translation>Aucune messagerie n&apos;a ouvert le message. Utilisez plutôt «&#xa0;Copier le texte&#xa0;» et collez-le dans votre messagerie.</translation>
    </message>
    <message>
        <source>Choose a request and one of your connections first.</source>
        <translation>Choisissez d&apos;abord une demande et l&apos;une de vos relations.</translation>
    </message>
    <message>
        <source>Thank you. Write the introduction below, in your own words, and mark it sent.</source>
        <translation>Merci. Rédigez la mise en relation ci-dessous, avec vos propres mots, et marquez-la comme envoyée.</translation>
    </message>
    <message>
        <source>Thank you. The owner now knows your name may be mentioned.</source>
        <translation>Merci. Le propriétaire sait désormais que votre nom peut être mentionné.</translation>
    </message>
    <message>
        <source>Choose a request first.</source>
        <translation>Choisissez d&apos;abord une demande.</translation>
    </message>
    <message>
        <source>Declined. Nobody else will know; the request closes by itself at its expiry.</source>
        <translation>Refusée. Personne d&apos;autre ne le saura&#xa0;; la demande se clôt d&apos;elle-même à son expiration.</translation>
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
    <message>
        <source>The connection policy changed (version %1). Your sharing stays exactly as it is; please read the new version and acknowledge it on this page.</source>
        <translation>La politique relative aux relations a changé (version %1). Vos partages restent exactement tels qu&apos;ils sont&#xa0;; veuillez lire la nouvelle version et confirmer l&apos;avoir lue sur cette page.</translation>
    </message>
    <message>
        <source>The %1 for %2 is overdue (it was due by %3). Record it under Policy and reviews.</source>
        <translation>La %1 de %2 est en retard (elle était à faire avant le %3). Enregistrez-la dans «&#xa0;Politique et revues&#xa0;».</translation>
    </message>
    <message>
        <source>The %1 for %2 is due by %3. Record it under Policy and reviews.</source>
        <translation>La %1 de %2 est à faire avant le %3. Enregistrez-la dans «&#xa0;Politique et revues&#xa0;».</translation>
    </message>
    <message>
        <source>Your one-to-ones are paused after three that did not take place. No reason is needed: say on this page whether you would like to stay.</source>
        <translation>Vos tête-à-tête sont suspendus après trois qui n&apos;ont pas eu lieu. Aucune raison n&apos;est nécessaire&#xa0;: indiquez sur cette page si vous souhaitez continuer.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::MapPage</name>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>The team and the connections its members chose to share, by name. Companies reached through discoverable connections are counted from “The team” and name nobody. Choose a person or company for the strongest introduction paths; an introduction always goes through the employee.</source>
        <translation>L&apos;équipe et les relations que ses membres ont choisi de partager, nominativement. Les entreprises jointes par des relations découvrables sont comptées à partir de «&#xa0;L&apos;équipe&#xa0;» et ne nomment personne. Choisissez une personne ou une entreprise pour voir les chemins de mise en relation les plus solides&#xa0;; une mise en relation passe toujours par l&apos;employé.</translation>
    </message>
    <message>
        <source>Your whole network, as only you see it: every connection, private ones included, ringed by its sharing level (grey private, amber discoverable, green shared). Choose a person or company for your strongest paths to it.</source>
        <translation>Tout votre réseau, tel que vous seul le voyez&#xa0;: chaque relation, y compris les privées, entourée selon son niveau de partage (gris privé, ambre découvrable, vert partagé). Choisissez une personne ou une entreprise pour voir vos chemins les plus solides jusqu&apos;à elle.</translation>
    </message>
    <message>
        <source>Details of the chosen node</source>
        <translation>Détails du nœud choisi</translation>
    </message>
    <message>
        <source>Choose a node on the map, or find one (Ctrl+F), for its details and the strongest paths to it.</source>
        <translation>Choisissez un nœud sur la carte, ou recherchez-en un (Ctrl+F), pour voir ses détails et les chemins les plus solides jusqu&apos;à lui.</translation>
    </message>
    <message>
        <source>Layout progress</source>
        <translation>Progression de la disposition</translation>
    </message>
    <message>
        <source>Stop the layout where it is (Esc)</source>
        <translation>Arrêter la disposition là où elle en est (Échap)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Network map</source>
        <translation>Carte du réseau</translation>
    </message>
    <message>
        <source>Find a person or company (Ctrl+F)</source>
        <translation>Rechercher une personne ou une entreprise (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find on the map</source>
        <translation>Rechercher sur la carte</translation>
    </message>
    <message>
        <source>Nothing on the map is called “%1”. Check the filters, or try part of the name.</source>
        <translation>Rien ne s&apos;appelle «&#xa0;%1&#xa0;» sur la carte. Vérifiez les filtres, ou essayez une partie du nom.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Any company</source>
        <translation>Toutes les entreprises</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Any context</source>
        <translation>Tous les contextes</translation>
    </message>
    <message>
        <source>Sharing level</source>
        <translation>Niveau de partage</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Tous les niveaux</translation>
    </message>
    <message>
        <source>Strength at least </source>
        <translation>Force minimale </translation>
    </message>
    <message>
        <source>Minimum strength</source>
        <translation>Force minimale</translation>
    </message>
    <message>
        <source>Springs</source>
        <translation>Ressorts</translation>
    </message>
    <message>
        <source>Rings</source>
        <translation>Anneaux</translation>
    </message>
    <message>
        <source>Arrangement</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>Springs: connected people close together. Rings: by hops from the chosen person (or you).</source>
        <translation>Ressorts&#xa0;: les personnes reliées sont rapprochées. Anneaux&#xa0;: par nombre d&apos;étapes depuis la personne choisie (ou vous).</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Show the whole map (0)</source>
        <translation>Afficher toute la carte (0)</translation>
    </message>
    <message>
        <source>Save what is in view as PNG or SVG (Ctrl+Shift+E)</source>
        <translation>Enregistrer la partie visible en PNG ou SVG (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Exporter la carte</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>The map as it is in view was saved to %1.</source>
        <translation>La carte, telle qu&apos;elle est affichée, a été enregistrée dans %1.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Employee, coloured by department</source>
        <translation>Employé, coloré selon son service</translation>
    </message>
    <message>
        <source>Person in a shared connection</source>
        <translation>Personne d&apos;une relation partagée</translation>
    </message>
    <message>
        <source>Person, %1</source>
        <translation>Personne, %1</translation>
    </message>
    <message>
        <source>Company; on a very large map, a number inside counts its people (zoom in to see them)</source>
        <translation>Entreprise&#xa0;; sur une très grande carte, un nombre à l&apos;intérieur indique combien de personnes elle compte (zoomez pour les voir)</translation>
    </message>
    <message>
        <source>The team; dashed amber: people at a company reached through discoverable connections, counted, never named</source>
        <translation>L&apos;équipe&#xa0;; en pointillés ambre&#xa0;: des personnes dans une entreprise jointes par des relations découvrables, comptées, jamais nommées</translation>
    </message>
    <message>
        <source>Connection: the wider, the stronger (1 to 5); far out on a big map, only 3 and up until you zoom in</source>
        <translation>Relation&#xa0;: plus le trait est épais, plus elle est forte (de 1 à 5)&#xa0;; en vue éloignée sur une grande carte, seulement 3 et plus, jusqu&apos;à ce que vous zoomiez</translation>
    </message>
    <message>
        <source>A strongest path to the chosen node</source>
        <translation>Un chemin le plus solide vers le nœud choisi</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <source>Nobody on the team can reach %1 yet, or not with these filters.</source>
        <translation>Personne dans l&apos;équipe ne peut encore joindre %1, ou pas avec ces filtres.</translation>
    </message>
    <message>
        <source>You have no connection at %1, or none with these filters.</source>
        <translation>Vous n&apos;avez aucune relation chez %1, ou aucune avec ces filtres.</translation>
    </message>
    <message>
        <source>Nothing to draw between people yet: nobody taking part shares or offers a connection. The map fills as employees choose what the business may see.</source>
        <translation>Rien à dessiner entre les personnes pour l&apos;instant&#xa0;: aucun participant ne partage ni ne propose de relation. La carte se remplit à mesure que les employés choisissent ce que l&apos;entreprise peut voir.</translation>
    </message>
    <message>
        <source>You have no connections yet. Add or import them on My connections (Ctrl+I); they stay private until you choose otherwise.</source>
        <translation>Vous n&apos;avez encore aucune relation. Ajoutez-les ou importez-les dans «&#xa0;Mes relations&#xa0;» (Ctrl+I)&#xa0;; elles restent privées jusqu&apos;à ce que vous en décidiez autrement.</translation>
    </message>
    <message>
        <source>No connection matches these filters. Loosen one of them to see more.</source>
        <translation>Aucune relation ne correspond à ces filtres. Assouplissez-en un pour en voir davantage.</translation>
    </message>
    <message>
        <source>The layout was stopped; the map stays as it was drawn. Choose Springs again to go on.</source>
        <translation>La disposition a été arrêtée&#xa0;; la carte reste telle qu&apos;elle a été dessinée. Choisissez de nouveau «&#xa0;Ressorts&#xa0;» pour continuer.</translation>
    </message>
    <message>
        <source>No connection of theirs is on this map.</source>
        <translation>Aucune de ses relations ne figure sur cette carte.</translation>
    </message>
    <message>
        <source>Connections on this map: %1</source>
        <translation>Relations sur cette carte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nobody on the team reaches %1 within 4 hops through shared connections.</source>
        <translation>Personne dans l&apos;équipe ne joint %1 en 4 étapes ou moins par des relations partagées.</translation>
    </message>
    <message>
        <source>You do not reach %1 within 4 hops.</source>
        <translation>Vous ne joignez pas %1 en 4 étapes ou moins.</translation>
    </message>
    <message>
        <source>Strongest introductions from the team (ask the employee first):</source>
        <translation>Mises en relation les plus solides depuis l&apos;équipe (demandez d&apos;abord à l&apos;employé)&#xa0;:</translation>
    </message>
    <message>
        <source>Your strongest paths:</source>
        <translation>Vos chemins les plus solides&#xa0;:</translation>
    </message>
    <message>
        <source>(strength %1) %2</source>
        <translation>(force %1) %2</translation>
    </message>
    <message>
        <source>Arrange the map in rings around this</source>
        <translation>Disposer la carte en anneaux autour de ce nœud</translation>
    </message>
    <message>
        <source>Employees: %1 · people: %2 · companies: %3 · separate pieces: %4</source>
        <translation>Employés&#xa0;: %1 · personnes&#xa0;: %2 · entreprises&#xa0;: %3 · parties séparées&#xa0;: %4</translation>
    </message>
    <message>
        <source>Too many to draw one by one: departments and companies stand for their members; zoom in on one to see them.</source>
        <translation>Trop nombreux pour être dessinés un par un&#xa0;: les services et les entreprises représentent leurs membres&#xa0;; zoomez sur l&apos;un d&apos;eux pour les voir.</translation>
    </message>
    <message>
        <source>Laying out…</source>
        <translation>Disposition en cours…</translation>
    </message>
</context>
<context>
    <name>consentric::ui::MapView</name>
    <message>
        <source>Network map</source>
        <translation>Carte du réseau</translation>
    </message>
    <message>
        <source>Wheel, pinch or + and − zoom; 0 fits the map; drag or the arrow keys pan; Alt and an arrow key steps to the nearest node that way; Ctrl+F finds a node.</source>
        <translation>La molette, le pincement ou + et − zooment&#xa0;; 0 ajuste la carte&#xa0;; le glisser ou les flèches la déplacent&#xa0;; Alt et une flèche passent au nœud le plus proche dans cette direction&#xa0;; Ctrl+F recherche un nœud.</translation>
    </message>
    <message>
        <source>Consentric network map</source>
        <translation>Carte du réseau Consentric</translation>
    </message>
    <message>
        <source>The map could not be written to %1: check that the folder exists and can be written to.</source>
        <translation>Impossible d&apos;écrire la carte dans %1&#xa0;: vérifiez que le dossier existe et qu&apos;il est accessible en écriture.</translation>
    </message>
    <message>
        <source>The map can be exported as .png or .svg, not “.%1”.</source>
        <translation>La carte peut être exportée en .png ou en .svg, pas en «&#xa0;.%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>consentric::ui::MeetingText</name>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>a meeting&apos;s date: Mon 5 Oct 2026</comment>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a meeting&apos;s date and time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2–%3 (%4)</source>
        <comment>a meeting&apos;s date, start, end and time zone</comment>
        <translation>%1, %2–%3 (%4)</translation>
    </message>
    <message>
        <source>1 one-to-one</source>
        <translation>1 tête-à-tête</translation>
    </message>
    <message>
        <source>%1 one-to-ones</source>
        <translation>%1 tête-à-tête</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>1 membre</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1 membres</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a person and their department</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the people of a meeting</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two of a list</comment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Across departments</source>
        <translation>Entre services</translation>
    </message>
    <message>
        <source>Conversation prompt</source>
        <translation>Sujet de conversation</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>E-mail draft</source>
        <translation>Brouillon d&apos;e-mail</translation>
    </message>
    <message>
        <source>Open an e-mail to %1 with the time and the prompt in your mail program</source>
        <translation>Ouvrir dans votre messagerie un e-mail à %1 avec l&apos;horaire et le sujet de conversation</translation>
    </message>
    <message>
        <source>Wrote 1 invitation (an .ics file) to %1. Send it to the people in the meeting, or open it in your calendar program.</source>
        <translation>1 invitation (un fichier .ics) écrite dans %1. Envoyez-la aux personnes du rendez-vous, ou ouvrez-la dans votre agenda.</translation>
    </message>
    <message>
        <source>Wrote %1 invitations (.ics files, one per meeting) to %2. Send each to the people in it, or open them in your calendar program.</source>
        <translation>%1 invitations (fichiers .ics, une par rendez-vous) écrites dans %2. Envoyez chacune aux personnes concernées, ou ouvrez-les dans votre agenda.</translation>
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
    <name>consentric::ui::MetricsPage</name>
    <message>
        <source>Metrics</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Mois par mois</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Trimestre précédent</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Since the program started</source>
        <translation>Depuis le début du programme</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>Any dates are widened to whole months, and every figure is counted month by month, so two ranges never differ by a few days that could single someone out.</source>
        <translation>Toutes les dates sont élargies à des mois entiers, et chaque chiffre est compté mois par mois&#xa0;: deux périodes ne diffèrent donc jamais de quelques jours qui pourraient permettre d&apos;identifier quelqu&apos;un.</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>D&amp;u&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Jus&amp;qu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>Baromètre</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Counted month by month: a month in which fewer than 3 employees stand behind the figure is left out of the total, so no one can be singled out by comparing ranges; &quot;at least&quot; says months were left out.</source>
        <translation>Compté mois par mois&#xa0;: un mois où moins de 3 employés se trouvent derrière le chiffre est exclu du total, afin que personne ne puisse être identifié en comparant des périodes&#xa0;; «&#xa0;au moins&#xa0;» indique que des mois ont été exclus.</translation>
    </message>
    <message>
        <source>These are your own records, not what an employee did, so they are shown as they are.</source>
        <translation>Ce sont vos propres enregistrements, et non ce qu&apos;a fait un employé&#xa0;: ils sont donc affichés tels quels.</translation>
    </message>
    <message>
        <source>A concern has no author on record, so each counts as one person: a month with fewer than 3 concerns is left out of the total, so no one can be singled out by comparing ranges; &quot;at least&quot; says months were left out.</source>
        <translation>Aucun auteur n&apos;est enregistré pour un signalement, chacun compte donc comme une personne&#xa0;: un mois avec moins de 3 signalements est exclu du total, afin que personne ne puisse être identifié en comparant des périodes&#xa0;; «&#xa0;au moins&#xa0;» indique que des mois ont été exclus.</translation>
    </message>
    <message>
        <source>Connections of participating employees at this level today, whatever the range. Hidden when fewer than 3 employees hold connections at this level.</source>
        <translation>Relations des employés participants à ce niveau aujourd&apos;hui, quelle que soit la période. Masqué si moins de 3 employés ont des relations à ce niveau.</translation>
    </message>
    <message>
        <source>%1 connections:</source>
        <translation>Relations de niveau «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Pulse comments</source>
        <translation>Commentaires du baromètre</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Trimestre&#xa0;:</translation>
    </message>
    <message>
        <source>Comments never appear in the printed report. They are listed in alphabetical order, never in the order they were written.</source>
        <translation>Les commentaires n&apos;apparaissent jamais dans le rapport imprimé. Ils sont classés par ordre alphabétique, jamais dans l&apos;ordre où ils ont été écrits.</translation>
    </message>
    <message>
        <source>%1 – %2, whole months</source>
        <translation>%1 – %2, mois entiers</translation>
    </message>
    <message>
        <source>Taking part:</source>
        <translation>Participants&#xa0;:</translation>
    </message>
    <message>
        <source>Taking part, end of %1:</source>
        <translation>Participants, fin %1&#xa0;:</translation>
    </message>
    <message>
        <source>not yet: the range has not begun</source>
        <translation>pas encore&#xa0;: la période n&apos;a pas commencé</translation>
    </message>
    <message>
        <source>%1% (%2 people)</source>
        <translation>%1&#xa0;% (%2 personnes)</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 personnes</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>fewer than 3 introducers</source>
        <translation>moins de 3 personnes ayant fait une mise en relation</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 sur 5</translation>
    </message>
    <message>
        <source>hidden: fewer than 3 answers</source>
        <translation>masqué&#xa0;: moins de 3 réponses</translation>
    </message>
    <message>
        <source>none begun yet</source>
        <translation>aucun n&apos;a encore commencé</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Answers to requests</source>
        <translation>Réponses aux demandes</translation>
    </message>
    <message>
        <source>Acceptances</source>
        <translation>Acceptations</translation>
    </message>
    <message>
        <source>Declines</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolus</translation>
    </message>
    <message>
        <source>Comfort</source>
        <translation>Aisance</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Pression</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Pulse (1–5)</source>
        <translation>Baromètre (1–5)</translation>
    </message>
    <message>
        <source>No quarter of the range has begun yet.</source>
        <translation>Aucun trimestre de la période n&apos;a encore commencé.</translation>
    </message>
    <message>
        <source>Comments are shown only for a quarter with at least 3 answers.</source>
        <translation>Les commentaires ne sont affichés que pour un trimestre ayant au moins 3 réponses.</translation>
    </message>
    <message>
        <source>Nobody wrote a comment with their answer in %1.</source>
        <translation>Personne n&apos;a écrit de commentaire avec sa réponse en %1.</translation>
    </message>
    <message>
        <source>Taking part today:</source>
        <translation>Participants, aujourd’hui&#xa0;:</translation>
    </message>
    <message>
        <source>How the referral program and the one-to-ones are going, over whole months. Figures that count what employees did are counted month by month, and a month with fewer than 3 people behind a figure is left out: such figures read &quot;fewer than 3&quot; or &quot;at least&quot;. Rest the pointer on a figure to see how it is counted.</source>
        <translation>L&apos;évolution du programme de recommandation et des tête-à-tête, sur des mois entiers. Les chiffres qui portent sur ce qu&apos;ont fait les employés sont comptés mois par mois, et un mois où moins de 3 personnes se trouvent derrière un chiffre est laissé de côté&#xa0;: ces chiffres s&apos;affichent «&#xa0;moins de 3&#xa0;» ou «&#xa0;au moins&#xa0;». Placez le pointeur sur un chiffre pour voir comment il est compté.</translation>
    </message>
    <message>
        <source>One-to-ones</source>
        <translation>Tête-à-tête</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1% (%2 people marked)</source>
        <translation>%1&#xa0;% (%2 personnes ont donné une indication)</translation>
    </message>
    <message>
        <source>%1 (%2% of employees)</source>
        <translation>%1 (%2&#xa0;% des employés)</translation>
    </message>
    <message>
        <source>hidden: fewer than 3 people marked in any month</source>
        <translation>masqué : moins de 3 personnes ont indiqué dans chaque mois</translation>
    </message>
    <message>
        <source>%1% (%2 people marked; months with fewer than 3 left out)</source>
        <translation>%1&#xa0;% (%2 personnes ont indiqué ; mois de moins de 3 laissés de côté)</translation>
    </message>
</context>
<context>
    <name>consentric::ui::MyMeetingsPanel</name>
    <message>
        <source>No one-to-ones yet. Once you have joined, the owner&apos;s next round pairs you with a colleague, and the meeting appears here.</source>
        <translation>Aucun tête-à-tête pour l&apos;instant. Une fois que vous les aurez rejoints, le prochain tour du propriétaire vous associera à un collègue, et le rendez-vous apparaîtra ici.</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Nothing arranged yet: the next round adds your next one-to-one.</source>
        <translation>Rien n&apos;est encore prévu&#xa0;: le prochain tour ajoutera votre prochain tête-à-tête.</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Passés</translation>
    </message>
    <message>
        <source>and %1 earlier.</source>
        <translation>et %1 plus anciens.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; with %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; avec %2</translation>
    </message>
    <message>
        <source>Something to talk about: %1</source>
        <translation>Un sujet de conversation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save to &amp;calendar…</source>
        <translation>Enregistrer dans l&apos;a&amp;genda…</translation>
    </message>
    <message>
        <source>Save this one-to-one as a calendar file (.ics) to open in your calendar program</source>
        <translation>Enregistrer ce tête-à-tête dans un fichier de calendrier (.ics) à ouvrir dans votre agenda</translation>
    </message>
    <message>
        <source>E-&amp;mail draft</source>
        <translation>Brouillon d&apos;e-&amp;mail</translation>
    </message>
    <message>
        <source>Open an e-mail to the people in it with the time and the prompt, in your mail program</source>
        <translation>Ouvrir dans votre messagerie un e-mail aux personnes concernées avec l&apos;horaire et le sujet de conversation</translation>
    </message>
    <message>
        <source>Did it take place? Mark it held or skipped; no reason is asked.</source>
        <translation>A-t-il eu lieu&#xa0;? Indiquez-le&#xa0;; aucune raison n&apos;est demandée.</translation>
    </message>
    <message>
        <source>You marked it held.</source>
        <translation>Vous avez indiqué qu&apos;il a eu lieu.</translation>
    </message>
    <message>
        <source>You marked it skipped.</source>
        <translation>Vous avez indiqué qu&apos;il n&apos;a pas eu lieu.</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notes privées</translation>
    </message>
    <message>
        <source>Private notes: only you can read them, not the owner and not your colleague.</source>
        <translation>Notes privées&#xa0;: vous seul pouvez les lire, ni le propriétaire ni votre collègue.</translation>
    </message>
    <message>
        <source>He&amp;ld</source>
        <translation>A eu &amp;lieu</translation>
    </message>
    <message>
        <source>It took place; saves your notes too</source>
        <translation>Il a eu lieu&#xa0;; enregistre aussi vos notes</translation>
    </message>
    <message>
        <source>S&amp;kipped</source>
        <translation>&amp;N&apos;a pas eu lieu</translation>
    </message>
    <message>
        <source>It did not take place; saves your notes too</source>
        <translation>Il n&apos;a pas eu lieu&#xa0;; enregistre aussi vos notes</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>Marked held. Your notes are saved, for you alone.</source>
        <translation>Indiqué comme ayant eu lieu. Vos notes sont enregistrées, pour vous seul.</translation>
    </message>
    <message>
        <source>Marked skipped. Your notes are saved, for you alone.</source>
        <translation>Indiqué comme n&apos;ayant pas eu lieu. Vos notes sont enregistrées, pour vous seul.</translation>
    </message>
    <message>
        <source>This one-to-one is no longer in your list. Reload the page.</source>
        <translation>Ce tête-à-tête ne figure plus dans votre liste. Rechargez la page.</translation>
    </message>
    <message>
        <source>Saved the one-to-one as %1. Open it in your calendar program to add it.</source>
        <translation>Tête-à-tête enregistré sous %1. Ouvrez ce fichier dans votre agenda pour l&apos;ajouter.</translation>
    </message>
    <message>
        <source>Save the one-to-one to a calendar file</source>
        <translation>Enregistrer le tête-à-tête dans un fichier de calendrier</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
    <message>
        <source>No mail program opened the draft. Save the one-to-one to your calendar instead.</source>
        <translation>Aucune messagerie n&apos;a ouvert le brouillon. Enregistrez plutôt le tête-à-tête dans votre agenda.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::MyOneOnOnesPage</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a person and their department</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>You have skipped your last three one-to-ones, so we paused yours. Would you like to stay?</source>
        <translation>Vos trois derniers tête-à-tête n&apos;ont pas eu lieu&#xa0;; nous avons donc suspendu les vôtres. Souhaitez-vous continuer&#xa0;?</translation>
    </message>
    <message>
        <source>S&amp;tay in the one-to-ones</source>
        <translation>&amp;Continuer les tête-à-tête</translation>
    </message>
    <message>
        <source>L&amp;eave</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>One-to-ones are half-hour conversations with a colleague, most often from another department, arranged in rounds by the owner. You choose how often and when you work; each meeting comes with something to talk about, as a calendar file or an e-mail. Taking part is voluntary, and you can leave at any time.</source>
        <translation>Les tête-à-tête sont des conversations d&apos;une demi-heure avec un collègue, le plus souvent d&apos;un autre service, organisées par tours par le propriétaire. Vous choisissez à quelle fréquence et indiquez quand vous travaillez&#xa0;; chaque rendez-vous est accompagné d&apos;un sujet de conversation, sous forme de fichier de calendrier ou d&apos;e-mail. La participation est volontaire, et vous pouvez arrêter à tout moment.</translation>
    </message>
    <message>
        <source>The owner sees who is paired with whom and when. Your notes, your held/skipped marks and your do-not-pair list are never shown to anyone.</source>
        <translation>Le propriétaire voit qui est associé à qui et quand. Vos notes, vos indications «&#xa0;a eu lieu&#xa0;» / «&#xa0;n&apos;a pas eu lieu&#xa0;» et votre liste «&#xa0;ne pas associer&#xa0;» ne sont jamais montrées à personne.</translation>
    </message>
    <message>
        <source>Only you can read your notes; the owner never sees them or whether you marked a one-to-one held or skipped.</source>
        <translation>Vous seul pouvez lire vos notes&#xa0;; le propriétaire ne les voit jamais, et ne sait pas non plus si vous avez indiqué qu&apos;un tête-à-tête a eu lieu ou non.</translation>
    </message>
    <message>
        <source>One-to-ones</source>
        <translation>Tête-à-tête</translation>
    </message>
    <message>
        <source>My one-to-ones</source>
        <translation>Mes tête-à-tête</translation>
    </message>
    <message>
        <source>Your one-to-one settings are saved.</source>
        <translation>Vos paramètres de tête-à-tête sont enregistrés.</translation>
    </message>
    <message>
        <source>You joined the one-to-ones. The owner&apos;s next round pairs you with a colleague.</source>
        <translation>Vous avez rejoint les tête-à-tête. Le prochain tour du propriétaire vous associera à un collègue.</translation>
    </message>
    <message>
        <source>Snoozed: rounds before %1 leave you out.</source>
        <translation>En pause&#xa0;: les tours avant le %1 ne vous incluent pas.</translation>
    </message>
    <message>
        <source>The snooze is over: the next round includes you again.</source>
        <translation>La pause est terminée&#xa0;: le prochain tour vous inclut à nouveau.</translation>
    </message>
    <message>
        <source>Glad you are staying. The next round includes you again.</source>
        <translation>Ravis que vous continuiez. Le prochain tour vous inclut à nouveau.</translation>
    </message>
    <message>
        <source>Removed from your do-not-pair list.</source>
        <translation>Retiré de votre liste «&#xa0;ne pas associer&#xa0;».</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Début des heures de travail</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Fin des heures de travail</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>&amp;Join the one-to-ones</source>
        <translation>&amp;Rejoindre les tête-à-tête</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Save how often and when you can meet (Ctrl+S)</source>
        <translation>Enregistrer à quelle fréquence et quand vous pouvez vous rencontrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Snooze &amp;until:</source>
        <translation>En pause &amp;jusqu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <source>Sn&amp;ooze</source>
        <translation>Mettre en &amp;pause</translation>
    </message>
    <message>
        <source>Leave me out of rounds before this date</source>
        <translation>Ne pas m&apos;inclure dans les tours avant cette date</translation>
    </message>
    <message>
        <source>&amp;End snooze</source>
        <translation>&amp;Terminer la pause</translation>
    </message>
    <message>
        <source>&amp;Leave the one-to-ones…</source>
        <translation>Q&amp;uitter les tête-à-tête…</translation>
    </message>
    <message>
        <source>&amp;How often:</source>
        <translation>&amp;Fréquence&#xa0;:</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Jours travaillés&#xa0;:</translation>
    </message>
    <message>
        <source>Working &amp;hours:</source>
        <translation>&amp;Heures de travail&#xa0;:</translation>
    </message>
    <message>
        <source>Your settings</source>
        <translation>Vos paramètres</translation>
    </message>
    <message>
        <source>You are never paired with a colleague on this list. Nobody else ever sees it, the owner included, and the colleague is not told.</source>
        <translation>Vous n&apos;êtes jamais associé à un collègue figurant sur cette liste. Personne d&apos;autre ne la voit jamais, pas même le propriétaire, et le collègue n&apos;en est pas informé.</translation>
    </message>
    <message>
        <source>Do-not-pair list</source>
        <translation>Liste «&#xa0;ne pas associer&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>You are not in the one-to-ones. Choose how often and when you can meet, then join.</source>
        <translation>Vous ne participez pas aux tête-à-tête. Choisissez à quelle fréquence et quand vous pouvez vous rencontrer, puis rejoignez-les.</translation>
    </message>
    <message>
        <source>You have been in the one-to-ones since %1.</source>
        <translation>Vous participez aux tête-à-tête depuis le %1.</translation>
    </message>
    <message>
        <source>Snoozed until %1: rounds before that day leave you out.</source>
        <translation>En pause jusqu&apos;au %1&#xa0;: les tours avant ce jour ne vous incluent pas.</translation>
    </message>
    <message>
        <source>Paused after three skipped one-to-ones, until you say whether you would like to stay.</source>
        <translation>Suspendus après trois tête-à-tête qui n&apos;ont pas eu lieu, jusqu&apos;à ce que vous indiquiez si vous souhaitez continuer.</translation>
    </message>
    <message>
        <source>A colleague no longer in the team</source>
        <translation>Un collègue qui ne fait plus partie de l&apos;équipe</translation>
    </message>
    <message>
        <source>Nobody on your list.</source>
        <translation>Personne sur votre liste.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>Leave the one-to-ones?</source>
        <translation>Quitter les tête-à-tête&#xa0;?</translation>
    </message>
    <message>
        <source>New rounds will no longer pair you. One-to-ones already arranged stay in your list; skip them if you like. No reason is asked, and you can join again at any time.</source>
        <translation>Les nouveaux tours ne vous associeront plus. Les tête-à-tête déjà organisés restent dans votre liste&#xa0;; vous pouvez ne pas y aller si vous le souhaitez. Aucune raison n&apos;est demandée, et vous pouvez les rejoindre à nouveau à tout moment.</translation>
    </message>
    <message>
        <source>Leave the one-to-ones</source>
        <translation>Quitter les tête-à-tête</translation>
    </message>
    <message>
        <source>You left the one-to-ones. Join again here whenever you like.</source>
        <translation>Vous avez quitté les tête-à-tête. Rejoignez-les à nouveau ici quand vous le souhaitez.</translation>
    </message>
    <message>
        <source>Every colleague is already on your list.</source>
        <translation>Tous vos collègues sont déjà sur votre liste.</translation>
    </message>
    <message>
        <source>Add to your do-not-pair list</source>
        <translation>Ajouter à votre liste «&#xa0;ne pas associer&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Colleague:</source>
        <translation>&amp;Collègue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add to my list</source>
        <translation>&amp;Ajouter à ma liste</translation>
    </message>
    <message>
        <source>Choose a colleague you would rather not be paired with. Only you will ever see this; they are not told.</source>
        <translation>Choisissez un collègue auquel vous préférez ne pas être associé. Vous seul le verrez&#xa0;; la personne n&apos;en est pas informée.</translation>
    </message>
    <message>
        <source>“%1” is not a colleague in the list. Choose one from the list.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un collègue de la liste. Choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>Added to your do-not-pair list. Nobody else sees it.</source>
        <translation>Ajouté à votre liste «&#xa0;ne pas associer&#xa0;». Personne d&apos;autre ne la voit.</translation>
    </message>
    <message>
        <source>in the organisation&apos;s time zone, %1; meetings are placed inside these hours</source>
        <translation>dans le fuseau horaire de l&apos;organisation, %1 ; les rendez-vous sont placés dans ces horaires</translation>
    </message>
</context>
<context>
    <name>consentric::ui::NodeItem</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>employé</translation>
    </message>
    <message>
        <source>employee, %1</source>
        <translation>employé, %1</translation>
    </message>
    <message>
        <source>connection, %1</source>
        <translation>relation, %1</translation>
    </message>
    <message>
        <source>company. People the team reaches there: %1; team members who hold them: %2</source>
        <translation>entreprise. Personnes que l&apos;équipe y joint&#xa0;: %1&#xa0;; membres de l&apos;équipe qui les connaissent&#xa0;: %2</translation>
    </message>
    <message>
        <source>company. Your connections there: %1</source>
        <translation>entreprise. Vos relations dans cette entreprise&#xa0;: %1</translation>
    </message>
    <message>
        <source>The team: its discoverable connections, counted per company and never named</source>
        <translation>L&apos;équipe&#xa0;: ses relations découvrables, comptées par entreprise et jamais nommées</translation>
    </message>
    <message>
        <source>department, employees: %1 (zoom in to see them)</source>
        <translation>service, employés&#xa0;: %1 (zoomez pour les voir)</translation>
    </message>
    <message>
        <source>people on the map: %1 (zoom in to see them)</source>
        <translation>personnes sur la carte&#xa0;: %1 (zoomez pour les voir)</translation>
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
    <message>
        <source>Acknowledged a new version</source>
        <translation>Lecture d&apos;une nouvelle version confirmée</translation>
    </message>
    <message>
        <source>Thank you: you have read version %1 of the connection policy. Nothing about your sharing changed.</source>
        <translation>Merci&#xa0;: vous avez lu la version %1 de la politique relative aux relations. Rien n&apos;a changé dans vos partages.</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>a long date: 19 January 2026</comment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>The connection policy changed (version %1, published %2): %3.</source>
        <translation>La politique relative aux relations a changé (version %1, publiée le %2)&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The connection policy changed (version %1, published %2).</source>
        <translation>La politique relative aux relations a changé (version %1, publiée le %2).</translation>
    </message>
    <message>
        <source>The connection policy in force is version %1.</source>
        <translation>La politique relative aux relations en vigueur est la version %1.</translation>
    </message>
    <message>
        <source>Your sharing stays exactly as it is. Please read it and acknowledge it.</source>
        <translation>Vos partages restent exactement tels qu&apos;ils sont. Veuillez lire la politique et confirmer l&apos;avoir lue.</translation>
    </message>
    <message>
        <source>I have &amp;read version %1</source>
        <translation>J&apos;ai &amp;lu la version %1</translation>
    </message>
</context>
<context>
    <name>consentric::ui::PolicyReviewPage</name>
    <message>
        <source>Required section</source>
        <translation>Section obligatoire</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Checklist of required sections</source>
        <translation>Liste de contrôle des sections obligatoires</translation>
    </message>
    <message>
        <source>Click a section to edit it</source>
        <translation>Cliquez sur une section pour la modifier</translation>
    </message>
    <message>
        <source>Sections of the draft</source>
        <translation>Sections du brouillon</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Titre de la section</translation>
    </message>
    <message>
        <source>Section text</source>
        <translation>Texte de la section</translation>
    </message>
    <message>
        <source>Reset section to &amp;default</source>
        <translation>&amp;Rétablir la section par défaut</translation>
    </message>
    <message>
        <source>Put back the default title and text of this section</source>
        <translation>Rétablir le titre et le texte par défaut de cette section</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>Enregistrer le &amp;brouillon</translation>
    </message>
    <message>
        <source>Save the draft (Ctrl+S); participants see nothing until you publish</source>
        <translation>Enregistrer le brouillon (Ctrl+S)&#xa0;; les participants ne voient rien tant que vous n&apos;avez pas publié</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publier…</translation>
    </message>
    <message>
        <source>Publish the draft as the next version (Ctrl+Shift+P)</source>
        <translation>Publier le brouillon comme nouvelle version (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Review schedule</source>
        <translation>Calendrier des revues</translation>
    </message>
    <message>
        <source>&amp;Record review…</source>
        <translation>Enregistrer une re&amp;vue…</translation>
    </message>
    <message>
        <source>Record a review you held (Ctrl+R)</source>
        <translation>Enregistrer une revue que vous avez tenue (Ctrl+R)</translation>
    </message>
    <message>
        <source>No review has been recorded yet. Hold the first one with the team, then record it here.</source>
        <translation>Aucune revue n&apos;a encore été enregistrée. Tenez la première avec l&apos;équipe, puis enregistrez-la ici.</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Tenue le</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Changes decided</source>
        <translation>Changements décidés</translation>
    </message>
    <message>
        <source>Reviews held</source>
        <translation>Revues tenues</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <source>Policy and reviews</source>
        <translation>Politique et revues</translation>
    </message>
    <message>
        <source>Required sections</source>
        <translation>Sections obligatoires</translation>
    </message>
    <message>
        <source>The draft</source>
        <translation>Le brouillon</translation>
    </message>
    <message>
        <source>Participants see nothing of the draft until you publish it. Each published version is kept as it was; participants are asked to acknowledge it at their next sign-in, and until they do, nothing about their sharing changes.</source>
        <translation>Les participants ne voient rien du brouillon tant que vous ne l&apos;avez pas publié. Chaque version publiée est conservée telle quelle&#xa0;; à leur prochaine connexion, les participants sont invités à confirmer l&apos;avoir lue, et d&apos;ici là, rien ne change dans leurs partages.</translation>
    </message>
    <message>
        <source>Review the program with the team each quarter, within %1 days of the quarter&apos;s end, and once a year comprehensively, by the end of January.</source>
        <translation>Faites le point sur le programme avec l&apos;équipe chaque trimestre, dans les %1 jours suivant la fin du trimestre, et une fois par an de manière approfondie, avant la fin janvier.</translation>
    </message>
    <message>
        <source>Draft saved. Participants see it once you publish it.</source>
        <translation>Brouillon enregistré. Les participants le verront dès que vous l&apos;aurez publié.</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Sign in as the owner first.</source>
        <translation>Connectez-vous d&apos;abord en tant que propriétaire.</translation>
    </message>
    <message>
        <source>Say in one line what changed: participants read it when they are asked to acknowledge the new version.</source>
        <translation>Indiquez en une ligne ce qui a changé&#xa0;: les participants le liront lorsqu&apos;on leur demandera de confirmer la lecture de la nouvelle version.</translation>
    </message>
    <message>
        <source>Version %1 published: participants will be asked to acknowledge it at their next sign-in.</source>
        <translation>Version %1 publiée&#xa0;: les participants seront invités à confirmer l&apos;avoir lue à leur prochaine connexion.</translation>
    </message>
    <message>
        <source>Publish the connection policy</source>
        <translation>Publier la politique relative aux relations</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>e.g. “Clearer rules for personal connections”</source>
        <translation>p. ex. «&#xa0;Règles plus claires pour les relations personnelles&#xa0;»</translation>
    </message>
    <message>
        <source>&lt;b&gt;What changed?&lt;/b&gt; One line: participants read it when they are asked to acknowledge the new version.</source>
        <translation>&lt;b&gt;Qu&apos;est-ce qui a changé&#xa0;?&lt;/b&gt; Une ligne&#xa0;: les participants la liront lorsqu&apos;on leur demandera de confirmer la lecture de la nouvelle version.</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>«&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>Publish with sections not written?</source>
        <translation>Publier avec des sections non rédigées&#xa0;?</translation>
    </message>
    <message>
        <source>Every policy should cover these sections, but some are not written: %1. Participants will read the policy without them. Publish anyway?</source>
        <translation>Toute politique devrait couvrir ces sections, mais certaines ne sont pas rédigées&#xa0;: %1. Les participants liront la politique sans elles. Publier quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Publish anyway</source>
        <translation>Publier quand même</translation>
    </message>
    <message>
        <source>&lt;b&gt;No version published yet:&lt;/b&gt; the built-in policy %1 applies.</source>
        <translation>&lt;b&gt;Aucune version publiée pour l&apos;instant&#xa0;:&lt;/b&gt; la politique intégrée %1 s&apos;applique.</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>a long date: 19 January 2026</comment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>&lt;b&gt;Version %1, published %2.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Version %1, publiée le %2.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What changed: %1</source>
        <translation>Ce qui a changé&#xa0;: %1</translation>
    </message>
    <message>
        <source>All %1 participants have acknowledged it.</source>
        <translation>Les %1 participants ont tous confirmé l&apos;avoir lue.</translation>
    </message>
    <message>
        <source>%1 of %2 participants have acknowledged it; %3 have not yet.</source>
        <translation>%1 participants sur %2 ont confirmé l&apos;avoir lue&#xa0;; %3 ne l&apos;ont pas encore fait.</translation>
    </message>
    <message>
        <source>Participants: %1. How many have acknowledged it is shown only when at least 3 have and at least 3 have not.</source>
        <translation>Participants&#xa0;: %1. Le nombre de confirmations n&apos;est affiché que si au moins 3 personnes ont confirmé et au moins 3 ne l&apos;ont pas encore fait.</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Aucune note.</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notes&#xa0;: %1</translation>
    </message>
    <message>
        <source>The %1 for %2 is recorded.</source>
        <translation>La %1 de %2 est enregistrée.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::PulsePage</name>
    <message>
        <source>Your answer is stored with the quarter only: no name, no time, not even the order of answers. A separate list records only that you answered, so you can answer once. The owner sees averages only when at least 3 people answered, and reads comments only then; comments never appear in the printed report.</source>
        <translation>Votre réponse n&apos;est enregistrée qu&apos;avec le trimestre&#xa0;: ni nom, ni heure, pas même l&apos;ordre des réponses. Une liste distincte enregistre seulement que vous avez répondu, afin que vous ne puissiez répondre qu&apos;une fois. Le propriétaire ne voit les moyennes que si au moins 3 personnes ont répondu, et ne lit les commentaires qu&apos;à cette condition&#xa0;; les commentaires n&apos;apparaissent jamais dans le rapport imprimé.</translation>
    </message>
    <message>
        <source>How comfortable are you with the referral program?</source>
        <translation>Dans quelle mesure êtes-vous à l&apos;aise avec le programme de recommandation&#xa0;?</translation>
    </message>
    <message>
        <source>very uncomfortable</source>
        <translation>très mal à l&apos;aise</translation>
    </message>
    <message>
        <source>very comfortable</source>
        <translation>très à l&apos;aise</translation>
    </message>
    <message>
        <source>How much pressure do you feel to take part or to make introductions?</source>
        <translation>Quelle pression ressentez-vous pour participer ou faire des mises en relation&#xa0;?</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>a lot</source>
        <translation>beaucoup</translation>
    </message>
    <message>
        <source>How satisfied are you with how the program is run?</source>
        <translation>Dans quelle mesure êtes-vous satisfait de la façon dont le programme est mené&#xa0;?</translation>
    </message>
    <message>
        <source>not at all satisfied</source>
        <translation>pas du tout satisfait</translation>
    </message>
    <message>
        <source>very satisfied</source>
        <translation>très satisfait</translation>
    </message>
    <message>
        <source>%1: %2 of 5</source>
        <translation>%1&#xa0;: %2 sur 5</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Anything you would like the owner to know. Leave out names and details that would show who wrote it.</source>
        <translation>Tout ce que vous aimeriez faire savoir au propriétaire. N&apos;indiquez ni noms ni détails qui révéleraient qui l&apos;a écrit.</translation>
    </message>
    <message>
        <source>&amp;Send answer</source>
        <translation>&amp;Envoyer la réponse</translation>
    </message>
    <message>
        <source>Send your answer (Ctrl+Return)</source>
        <translation>Envoyer votre réponse (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Comment (optional):</source>
        <translation>&amp;Commentaire (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Once sent, an answer cannot be changed or withdrawn, because nothing links it to you.</source>
        <translation>Une fois envoyée, une réponse ne peut être ni modifiée ni retirée, car rien ne la relie à vous.</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>Baromètre</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 caractères sur %2</translation>
    </message>
    <message>
        <source>Pulse for %1</source>
        <translation>Baromètre de %1</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>a long date: 1 January 2027</comment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>Thank you. You answered the pulse for %1; the next one opens on %2.</source>
        <translation>Merci. Vous avez répondu au baromètre de %1&#xa0;; le prochain ouvrira le %2.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Connectez-vous d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::RecognitionPage</name>
    <message>
        <source>&amp;Show my name on the team recognition list</source>
        <translation>Afficher mon nom sur la liste de &amp;reconnaissance de l&apos;équipe</translation>
    </message>
    <message>
        <source>Team recognition list</source>
        <translation>Liste de reconnaissance de l&apos;équipe</translation>
    </message>
    <message>
        <source>Nobody has chosen to appear on the list yet.</source>
        <translation>Personne n&apos;a encore choisi de figurer sur la liste.</translation>
    </message>
    <message>
        <source>Points are for taking part, never for results. Declining a request counts exactly the same as saying yes, and nothing depends on whether an introduction led anywhere. Only you see your points: nobody else, the owner included, can look them up.</source>
        <translation>Les points récompensent la participation, jamais les résultats. Refuser une demande compte exactement autant que l&apos;accepter, et rien ne dépend du fait qu&apos;une mise en relation ait abouti ou non. Vous seul voyez vos points&#xa0;: personne d&apos;autre, pas même le propriétaire, ne peut les consulter.</translation>
    </message>
    <message>
        <source>The names of the people who chose to appear, in alphabetical order. The list shows no points and no ranking. Appearing on it is up to you, and you can take your name off at any time.</source>
        <translation>Les noms des personnes qui ont choisi d&apos;y figurer, par ordre alphabétique. La liste n&apos;affiche ni points ni classement. Y figurer ne dépend que de vous, et vous pouvez retirer votre nom à tout moment.</translation>
    </message>
    <message>
        <source>My recognition</source>
        <translation>Ma reconnaissance</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:x-large&apos;&gt;Your points: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:x-large&apos;&gt;Vos points&#xa0;: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Joining the program: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Adhésion au programme&#xa0;: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Joining the program: &lt;b&gt;0&lt;/b&gt; (you earn %1 when you join)</source>
        <translation>Adhésion au programme&#xa0;: &lt;b&gt;0&lt;/b&gt; (vous obtenez %1 en rejoignant le programme)</translation>
    </message>
    <message>
        <source>Answering requests, either way: %1 × %2 = &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>Réponses aux demandes, quelles qu&apos;elles soient&#xa0;: %1 × %2 = &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>Your name is on the team recognition list.</source>
        <translation>Votre nom figure sur la liste de reconnaissance de l&apos;équipe.</translation>
    </message>
    <message>
        <source>Your name is no longer on the team recognition list.</source>
        <translation>Votre nom ne figure plus sur la liste de reconnaissance de l&apos;équipe.</translation>
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
    <name>consentric::ui::ReferralsPage</name>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutée le</translation>
    </message>
    <message>
        <source>No targets yet. Add a company the business would like to reach (New target, Ctrl+N): the team is asked privately, and nobody is contacted without an employee&apos;s yes.</source>
        <translation>Aucune cible pour l&apos;instant. Ajoutez une entreprise que vous souhaitez joindre (Nouvelle cible, Ctrl+N)&#xa0;: l&apos;équipe est sollicitée de manière confidentielle, et personne n&apos;est contacté sans l&apos;accord d&apos;un employé.</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Sollicités</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Introducer</source>
        <translation>Qui présente</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <source>Expires / closed</source>
        <translation>Expiration / clôture</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>No requests yet. Select a target and choose Send request (Ctrl+Return).</source>
        <translation>Aucune demande pour l&apos;instant. Sélectionnez une cible et choisissez «&#xa0;Envoyer la demande&#xa0;» (Ctrl+Entrée).</translation>
    </message>
    <message>
        <source>&amp;Send request</source>
        <translation>&amp;Envoyer la demande</translation>
    </message>
    <message>
        <source>Record &amp;meeting…</source>
        <translation>Enregistrer un &amp;rendez-vous…</translation>
    </message>
    <message>
        <source>Record &amp;outcome…</source>
        <translation>Enregistrer un rés&amp;ultat…</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <source>Requests and their pipeline</source>
        <translation>Les demandes et leur avancement</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Toutes les demandes</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Search targets (Ctrl+F)</source>
        <translation>Rechercher des cibles (Ctrl+F)</translation>
    </message>
    <message>
        <source>Say whom the business would like to reach. Requests go to the employees who can help, who answer privately: you learn who only when someone accepts, and a decline is never shown by name — a request nobody took closes at its expiry as “closed — no introduction”.</source>
        <translation>Indiquez qui l&apos;entreprise souhaite joindre. Les demandes sont adressées aux employés qui peuvent aider, et ceux-ci répondent de manière confidentielle&#xa0;: vous apprenez de qui il s&apos;agit uniquement lorsque quelqu&apos;un accepte, et un refus n&apos;est jamais affiché nominativement — une demande que personne n&apos;a prise en charge se clôt à son expiration avec le statut «&#xa0;close — aucune mise en relation&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;New target…</source>
        <translation>&amp;Nouvelle cible…</translation>
    </message>
    <message>
        <source>&amp;Guardrails…</source>
        <translation>&amp;Garde-fous…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Requests and pipeline</source>
        <translation>Demandes et avancement</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Since %1:&lt;/b&gt; %2 requests, %3 accepted, %4 introductions, %5 meetings; outcomes: %6 won, %7 hired, %8 partnered, %9 no result. Closed without an introduction: %10. Declines (counted, never named): %11. Median time from request to introduction: %12.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Depuis le %1&#xa0;:&lt;/b&gt; %2 demandes, %3 acceptées, %4 mises en relation, %5 rendez-vous&#xa0;; résultats&#xa0;: %6 gagnés, %7 embauches, %8 partenariats, %9 sans résultat. Closes sans mise en relation&#xa0;: %10. Refus (comptés, jamais nommés)&#xa0;: %11. Délai médian entre la demande et la mise en relation&#xa0;: %12.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 at %2 (%3&apos;s connection)</source>
        <translation>%1 chez %2 (relation de %3)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 chez %2</translation>
    </message>
    <message>
        <source>whoever can help</source>
        <translation>toute personne pouvant aider</translation>
    </message>
    <message>
        <source>accepted — name may be mentioned</source>
        <translation>acceptée — le nom peut être mentionné</translation>
    </message>
    <message>
        <source>outcome: %1</source>
        <translation>résultat&#xa0;: %1</translation>
    </message>
    <message>
        <source>No request matches this filter.</source>
        <translation>Aucune demande ne correspond à ce filtre.</translation>
    </message>
    <message>
        <source>Select a target first.</source>
        <translation>Sélectionnez d&apos;abord une cible.</translation>
    </message>
    <message>
        <source>The request was sent to the inboxes of the people who can help. You will see who, if someone accepts.</source>
        <translation>La demande a été envoyée dans les boîtes de réception des personnes qui peuvent aider. Vous saurez de qui il s&apos;agit si quelqu&apos;un accepte.</translation>
    </message>
    <message>
        <source>Select a request first.</source>
        <translation>Sélectionnez d&apos;abord une demande.</translation>
    </message>
    <message>
        <source>Record outcome</source>
        <translation>l&apos;enregistrement du résultat</translation>
    </message>
    <message>
        <source>Record meeting</source>
        <translation>l&apos;enregistrement du rendez-vous</translation>
    </message>
    <message>
        <source>The guardrails were changed; they apply to requests sent from now on.</source>
        <translation>Les garde-fous ont été modifiés&#xa0;; ils s&apos;appliquent aux demandes envoyées à partir de maintenant.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::ReportConcernPage</name>
    <message>
        <source>Send &amp;anonymously</source>
        <translation>Envoyer &amp;anonymement</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Envoyer…</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Signalé le</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>There is nobody to send a concern to yet: the organisation has no owner account.</source>
        <translation>Il n&apos;y a encore personne à qui envoyer un signalement&#xa0;: l&apos;organisation n&apos;a aucun compte de propriétaire.</translation>
    </message>
    <message>
        <source>You have not reported a concern. If something makes you uncomfortable, you can write it here at any time.</source>
        <translation>Vous n&apos;avez fait aucun signalement. Si quelque chose vous met mal à l&apos;aise, vous pouvez l&apos;écrire ici à tout moment.</translation>
    </message>
    <message>
        <source>&lt;p&gt;A concern is for when something does not feel right in the referral program: you feel pressured to share or to introduce someone, or a situation made you uncomfortable. Say it here, in your own words.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Who can read it:&lt;/b&gt; only the person you choose below. What you write is sealed to them; nobody else, not the other recipient and not an administrator, can open it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Anonymously:&lt;/b&gt; an anonymous concern stores no author at all. You can still follow what happens to it below, because only your own account keeps the receipt.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un signalement sert lorsque quelque chose ne vous semble pas juste dans le programme de recommandation&#xa0;: vous vous sentez poussé à partager ou à présenter quelqu&apos;un, ou une situation vous a mis mal à l&apos;aise. Exprimez-le ici, avec vos propres mots.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Qui peut le lire&#xa0;:&lt;/b&gt; uniquement la personne que vous choisissez ci-dessous. Ce que vous écrivez est scellé pour elle&#xa0;; personne d&apos;autre, ni l&apos;autre destinataire ni un administrateur, ne peut l&apos;ouvrir.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Anonymement&#xa0;:&lt;/b&gt; un signalement anonyme n&apos;enregistre aucun auteur. Vous pouvez tout de même suivre ce qu&apos;il devient ci-dessous, car seul votre propre compte conserve l&apos;accusé de réception.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Envoyer à</translation>
    </message>
    <message>
        <source>Leave this ticked and your name is not stored with the concern</source>
        <translation>Laissez cette case cochée, et votre nom ne sera pas enregistré avec le signalement</translation>
    </message>
    <message>
        <source>What happened, and how it made you feel. Include only what you are comfortable sharing.</source>
        <translation>Ce qui s&apos;est passé, et ce que vous avez ressenti. N&apos;indiquez que ce que vous êtes à l&apos;aise de partager.</translation>
    </message>
    <message>
        <source>Your concern</source>
        <translation>Votre signalement</translation>
    </message>
    <message>
        <source>Send the concern (Ctrl+Return); you confirm first</source>
        <translation>Envoyer le signalement (Ctrl+Entrée)&#xa0;; une confirmation vous est d&apos;abord demandée</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>&amp;Destinataire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Your concern:</source>
        <translation>&amp;Votre signalement&#xa0;:</translation>
    </message>
    <message>
        <source>Your concerns</source>
        <translation>Vos signalements</translation>
    </message>
    <message>
        <source>Concerns sent to you</source>
        <translation>Signalements qui vous ont été envoyés</translation>
    </message>
    <message>
        <source>As the trusted person the owner designated, you receive concerns from employees. Only you can read them. Move each one along, so that whoever wrote it sees it is being looked after.</source>
        <translation>En tant que personne de confiance désignée par le propriétaire, vous recevez les signalements des employés. Vous seul pouvez les lire. Faites avancer chacun d&apos;eux, afin que son auteur voie qu&apos;il est pris en charge.</translation>
    </message>
    <message>
        <source>Report a concern</source>
        <translation>Faire un signalement</translation>
    </message>
    <message>
        <source>Owner — %1</source>
        <translation>Propriétaire — %1</translation>
    </message>
    <message>
        <source>Trusted person — %1</source>
        <translation>Personne de confiance — %1</translation>
    </message>
    <message>
        <source>Only %1 will be able to read it. Your name is not included, and no author is stored; you can follow its status on this page.</source>
        <translation>Seul(e) %1 pourra le lire. Votre nom n&apos;y figure pas, et aucun auteur n&apos;est enregistré&#xa0;; vous pouvez suivre son statut sur cette page.</translation>
    </message>
    <message>
        <source>Only %1 will be able to read it. Your name is included, so they will know it came from you.</source>
        <translation>Seul(e) %1 pourra le lire. Votre nom y figure&#xa0;: cette personne saura qu&apos;il vient de vous.</translation>
    </message>
    <message>
        <source>Send this concern?</source>
        <translation>Envoyer ce signalement&#xa0;?</translation>
    </message>
    <message>
        <source>Send concern</source>
        <translation>Envoyer le signalement</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>There is nobody to send a concern to yet.</source>
        <translation>Il n&apos;y a encore personne à qui envoyer un signalement.</translation>
    </message>
    <message>
        <source>Your concern was sent to %1. Its status shows under “Your concerns”.</source>
        <translation>Votre signalement a été envoyé à %1. Son statut s&apos;affiche sous «&#xa0;Vos signalements&#xa0;».</translation>
    </message>
</context>
<context>
    <name>consentric::ui::ReportsPage</name>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>A&amp;perçu avant impression…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>See every page, print it or save it as a PDF (%1)</source>
        <translation>Voir chaque page, imprimer ou enregistrer en PDF (%1)</translation>
    </message>
    <message>
        <source>Save the report as a PDF file (%1)</source>
        <translation>Enregistrer le rapport dans un fichier PDF (%1)</translation>
    </message>
    <message>
        <source>What the report contains</source>
        <translation>Contenu du rapport</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Trimestre&#xa0;:</translation>
    </message>
    <message>
        <source>Quarterly policy-review report</source>
        <translation>Rapport trimestriel de revue de la politique</translation>
    </message>
    <message>
        <source>%1 (in progress)</source>
        <translation>%1 (en cours)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>What this report cannot show</source>
        <translation>Ce que ce rapport ne peut pas montrer</translation>
    </message>
    <message>
        <source>A cover page, then one page or more for each section:</source>
        <translation>Une page de garde, puis une ou plusieurs pages par section&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Policy review %1</source>
        <translation>Revue de la politique %1</translation>
    </message>
    <message>
        <source>Quarterly policy-review report %1</source>
        <translation>Rapport trimestriel de revue de la politique %1</translation>
    </message>
    <message>
        <source>The report could not be prepared; see the message above.</source>
        <translation>Le rapport n&apos;a pas pu être établi&#xa0;; voir le message ci-dessus.</translation>
    </message>
    <message>
        <source>policy-review-%1.pdf</source>
        <translation>revue-politique-%1.pdf</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the %1 report as %2.</source>
        <translation>Le rapport de %1 a été enregistré sous %2.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>The quarterly policy-review report shows that the program stayed voluntary, comfortable and useful: the policy and who acknowledged it, participation, referral activity, the pulse, concerns, the one-to-ones and which departments met, the review schedule and a sign-off block. Aggregate figures only; the pulse&apos;s comments and anyone&apos;s one-to-one marks and notes are never printed.</source>
        <translation>Le rapport trimestriel de revue de la politique montre que le programme est resté volontaire, confortable et utile&#xa0;: la politique et qui a confirmé l&apos;avoir lue, la participation, l&apos;activité de recommandation, le baromètre, les signalements, les tête-à-tête et les services qui se sont rencontrés, le calendrier des revues et un bloc de signatures. Chiffres agrégés uniquement&#xa0;; les commentaires du baromètre ainsi que les indications et les notes de chacun sur ses tête-à-tête ne sont jamais imprimés.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::ReviewDialog</name>
    <message>
        <source>Record a policy review</source>
        <translation>Enregistrer une revue de la politique</translation>
    </message>
    <message>
        <source>Quarterly review</source>
        <translation>Revue trimestrielle</translation>
    </message>
    <message>
        <source>Annual review</source>
        <translation>Revue annuelle</translation>
    </message>
    <message>
        <source>2026-Q3 for a quarter, 2026 for a year</source>
        <translation>2026-Q3 pour un trimestre, 2026 pour une année</translation>
    </message>
    <message>
        <source>Who took part, e.g. “the whole team” or names</source>
        <translation>Qui a participé, p. ex. «&#xa0;toute l&apos;équipe&#xa0;» ou des noms</translation>
    </message>
    <message>
        <source>What the review found: the pulse, concerns, what people said</source>
        <translation>Ce que la revue a constaté&#xa0;: le baromètre, les signalements, ce que les gens ont dit</translation>
    </message>
    <message>
        <source>What you decided to change, if anything</source>
        <translation>Ce que vous avez décidé de changer, le cas échéant</translation>
    </message>
    <message>
        <source>&amp;Review:</source>
        <translation>&amp;Revue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;articipants:</source>
        <translation>P&amp;articipants&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Changes decided:</source>
        <translation>&amp;Changements décidés&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Sign in as the owner first.</source>
        <translation>Connectez-vous d&apos;abord en tant que propriétaire.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::RoundsPage</name>
    <message>
        <source>Rounds of one-to-ones pair members of the team, across departments first, for half an hour inside both people&apos;s working hours. You see who is paired with whom and when, but never anyone&apos;s notes, their held or skipped marks, or their do-not-pair list.</source>
        <translation>Les tours de tête-à-tête associent des membres de l&apos;équipe, entre services en priorité, pour une demi-heure dans les heures de travail des deux personnes. Vous voyez qui est associé à qui et quand, mais jamais les notes de quiconque, ses indications «&#xa0;a eu lieu&#xa0;» ou «&#xa0;n&apos;a pas eu lieu&#xa0;», ni sa liste «&#xa0;ne pas associer&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;New round</source>
        <translation>&amp;Nouveau tour</translation>
    </message>
    <message>
        <source>&amp;Rounds</source>
        <translation>&amp;Tours</translation>
    </message>
    <message>
        <source>One-to-ones</source>
        <translation>Tête-à-tête</translation>
    </message>
    <message>
        <source>Date of the round</source>
        <translation>Date du tour</translation>
    </message>
    <message>
        <source>Round &amp;date:</source>
        <translation>&amp;Date du tour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>Show who would meet whom and when; nothing is written</source>
        <translation>Montrer qui rencontrerait qui et quand&#xa0;; rien n&apos;est écrit</translation>
    </message>
    <message>
        <source>&amp;Start round</source>
        <translation>&amp;Lancer le tour</translation>
    </message>
    <message>
        <source>Arrange the meetings for this date (Ctrl+Return)</source>
        <translation>Organiser les rendez-vous pour cette date (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Save &amp;invitations…</source>
        <translation>Enregistrer les &amp;invitations…</translation>
    </message>
    <message>
        <source>Write one calendar file (.ics) per meeting into a folder you choose</source>
        <translation>Écrire un fichier de calendrier (.ics) par rendez-vous dans le dossier de votre choix</translation>
    </message>
    <message>
        <source>Once the round is started: save the invitations as calendar files to send, or open an e-mail draft for each meeting.</source>
        <translation>Une fois le tour lancé&#xa0;: enregistrez les invitations sous forme de fichiers de calendrier à envoyer, ou ouvrez un brouillon d&apos;e-mail pour chaque rendez-vous.</translation>
    </message>
    <message>
        <source>Press Preview to see the plan for this date.</source>
        <translation>Cliquez sur «&#xa0;Aperçu&#xa0;» pour voir le plan pour cette date.</translation>
    </message>
    <message>
        <source>Rounds, newest first</source>
        <translation>Tours, du plus récent au plus ancien</translation>
    </message>
    <message>
        <source>No rounds yet. Start the first one under New round.</source>
        <translation>Aucun tour pour l&apos;instant. Lancez le premier sous «&#xa0;Nouveau tour&#xa0;».</translation>
    </message>
    <message>
        <source>Save invitations &amp;again…</source>
        <translation>Enregistrer à nouveau les &amp;invitations…</translation>
    </message>
    <message>
        <source>Write the selected round&apos;s calendar files (.ics) into a folder you choose</source>
        <translation>Écrire les fichiers de calendrier (.ics) du tour sélectionné dans le dossier de votre choix</translation>
    </message>
    <message>
        <source>Times are in the organisation&apos;s time zone, %1.</source>
        <translation>Les heures sont dans le fuseau horaire de l&apos;organisation, %1.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>Started the round of %1 with %2. Save the invitations or send e-mail drafts, so people know.</source>
        <translation>Tour du %1 lancé avec %2. Enregistrez les invitations ou envoyez des brouillons d&apos;e-mail, pour que les personnes soient prévenues.</translation>
    </message>
    <message>
        <source>The round of %1 is started: %2, listed below.</source>
        <translation>Le tour du %1 est lancé&#xa0;: %2 (voir la liste ci-dessous).</translation>
    </message>
    <message>
        <source>A round on %1: %2 due, who would meet in %3. Nothing is written until you start the round.</source>
        <translation>Un tour le %1&#xa0;: %2 concernés, qui se rencontreraient en %3. Rien n&apos;est écrit tant que vous ne lancez pas le tour.</translation>
    </message>
    <message>
        <source>No partner could be found this time for %1; they are due again in the next round.</source>
        <translation>Aucun binôme n&apos;a pu être trouvé cette fois pour %1&#xa0;; ces personnes seront à nouveau concernées au prochain tour.</translation>
    </message>
    <message>
        <source>No common free half hour within four weeks for %1: their working hours do not overlap enough. They are due again in the next round.</source>
        <translation>Aucune demi-heure libre commune dans les quatre semaines pour %1&#xa0;: leurs heures de travail ne se recoupent pas assez. Ces personnes seront à nouveau concernées au prochain tour.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a round&apos;s date and its number of meetings</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No mail program opened the draft. Save the invitations instead and send them from your calendar or mail program.</source>
        <translation>Aucune messagerie n&apos;a ouvert le brouillon. Enregistrez plutôt les invitations et envoyez-les depuis votre agenda ou votre messagerie.</translation>
    </message>
    <message>
        <source>Start the round first: a plan has no invitations yet.</source>
        <translation>Lancez d&apos;abord le tour&#xa0;: un plan n&apos;a pas encore d&apos;invitations.</translation>
    </message>
    <message>
        <source>Choose a round in the list first.</source>
        <translation>Choisissez d&apos;abord un tour dans la liste.</translation>
    </message>
    <message>
        <source>Save the invitations in a folder</source>
        <translation>Enregistrer les invitations dans un dossier</translation>
    </message>
    <message>
        <source>Quarter of the silo map</source>
        <translation>Trimestre de la carte des silos</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Trimestre&#xa0;:</translation>
    </message>
    <message>
        <source>Silo &amp;map</source>
        <translation>Carte des &amp;silos</translation>
    </message>
    <message>
        <source>%1 (this quarter)</source>
        <translation>%1 (ce trimestre)</translation>
    </message>
</context>
<context>
    <name>consentric::ui::SaveTemplateCommand</name>
    <message>
        <source>edit template “%1”</source>
        <translation>la modification du modèle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>add template “%1”</source>
        <translation>l&apos;ajout du modèle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Sign in as the owner or an admin to undo changes to templates.</source>
        <translation>Connectez-vous en tant que propriétaire ou administrateur pour annuler des modifications de modèles.</translation>
    </message>
    <message>
        <source>Sign in as the owner or an admin to redo changes to templates.</source>
        <translation>Connectez-vous en tant que propriétaire ou administrateur pour rétablir des modifications de modèles.</translation>
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
    <name>consentric::ui::SiloMapPanel</name>
    <message>
        <source>Silo map: one-to-ones between departments</source>
        <translation>Carte des silos&#xa0;: tête-à-tête entre services</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>pas rencontrés</translation>
    </message>
    <message>
        <source>once</source>
        <translation>une fois</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>deux fois</translation>
    </message>
    <message>
        <source>three times or more</source>
        <translation>trois fois ou plus</translation>
    </message>
    <message>
        <source>within one department (the diagonal)</source>
        <translation>au sein d&apos;un même service (la diagonale)</translation>
    </message>
    <message>
        <source>Which departments met in one-to-ones in %1 (%2 to %3), counting meetings whose time has come.</source>
        <translation>Quels services se sont rencontrés en tête-à-tête en %1 (du %2 au %3), en comptant les rendez-vous dont l&apos;heure est venue.</translation>
    </message>
    <message>
        <source>Within %1: %2</source>
        <translation>Au sein de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 and %2: %3</source>
        <translation>%1 et %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The organisation has no departments yet: add people with their departments on the Team page.</source>
        <translation>L&apos;organisation n&apos;a pas encore de services&#xa0;: ajoutez des personnes avec leur service sur la page «&#xa0;Équipe&#xa0;».</translation>
    </message>
    <message>
        <source>No one-to-one has taken place this quarter yet. Start a round under New round; the map fills in as the meetings&apos; times come.</source>
        <translation>Aucun tête-à-tête n&apos;a encore eu lieu ce trimestre. Lancez un tour sous «&#xa0;Nouveau tour&#xa0;»&#xa0;; la carte se remplit à mesure que l&apos;heure des rendez-vous arrive.</translation>
    </message>
    <message>
        <source>%1 (%2% of the %3 employees)</source>
        <translation>%1 (%2&#xa0;% des %3 employés)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Members now</source>
        <translation>Membres actuels</translation>
    </message>
    <message>
        <source>Across departments</source>
        <translation>Entre services</translation>
    </message>
    <message>
        <source>Held rate</source>
        <translation>Taux de réalisation</translation>
    </message>
    <message>
        <source>this quarter</source>
        <translation>ce trimestre</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>No one-to-one took place in %1.</source>
        <translation>Aucun tête-à-tête n&apos;a eu lieu en %1.</translation>
    </message>
    <message>
        <source>%1 of 1 pair of departments has met %2.</source>
        <translation>Paires de services qui se sont rencontrées %2&#xa0;: %1 sur 1.</translation>
    </message>
    <message>
        <source>%1 of %2 pairs of departments have met %3.</source>
        <translation>Paires de services qui se sont rencontrées %3&#xa0;: %1 sur %2.</translation>
    </message>
    <message>
        <source>Rounds dated in %1</source>
        <translation>Tours datés en %1</translation>
    </message>
    <message>
        <source>One-to-ones arranged in %1</source>
        <translation>Tête-à-tête organisés en %1</translation>
    </message>
    <message>
        <source>hidden: %1 people marked their meetings in any month</source>
        <translation>masqué : %1 personnes ont indiqué leurs rendez-vous dans un mois</translation>
    </message>
</context>
<context>
    <name>consentric::ui::StepDialog</name>
    <message>
        <source>Record the outcome</source>
        <translation>Enregistrer le résultat</translation>
    </message>
    <message>
        <source>Record the meeting</source>
        <translation>Enregistrer le rendez-vous</translation>
    </message>
    <message>
        <source>&amp;Date of the outcome:</source>
        <translation>&amp;Date du résultat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date of the meeting:</source>
        <translation>&amp;Date du rendez-vous&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Résultat&#xa0;:</translation>
    </message>
    <message>
        <source>The colleague who made the introduction sees this step in their inbox.</source>
        <translation>Le collègue qui a fait la mise en relation voit cette étape dans sa boîte de réception.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>consentric::ui::TargetDialog</name>
    <message>
        <source>A &amp;company: ask whoever on the team can help</source>
        <translation>Une &amp;entreprise&#xa0;: solliciter les membres de l&apos;équipe qui peuvent aider</translation>
    </message>
    <message>
        <source>A &amp;person someone shared: ask that employee</source>
        <translation>Une &amp;personne partagée par un employé&#xa0;: solliciter cet employé</translation>
    </message>
    <message>
        <source>&amp;Send the request now</source>
        <translation>En&amp;voyer la demande maintenant</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>Nouvelle cible</translation>
    </message>
    <message>
        <source>Company name, e.g. Acme Inc.</source>
        <translation>Nom de l&apos;entreprise, p. ex. Acme Inc.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3&apos;s connection)</source>
        <translation>%1 — %2 (relation de %3)</translation>
    </message>
    <message>
        <source>no company</source>
        <translation>aucune entreprise</translation>
    </message>
    <message>
        <source>Why the business would like this introduction. The employee reads it before deciding.</source>
        <translation>Pourquoi l&apos;entreprise souhaite cette mise en relation. L&apos;employé la lit avant de décider.</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Relation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison&#xa0;:</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>Ajouter la cible</translation>
    </message>
    <message>
        <source>Everyone taking part who chose to make a connection there discoverable or shared is asked privately. You learn who only when someone accepts.</source>
        <translation>Tous les participants qui ont choisi de rendre découvrable ou partagée une relation dans cette entreprise sont sollicités de manière confidentielle. Vous apprenez de qui il s&apos;agit uniquement lorsque quelqu&apos;un accepte.</translation>
    </message>
    <message>
        <source>Only the employee who shared this connection is asked. Until they accept, the request shows as open; if nothing comes of it, it closes at its expiry without saying why.</source>
        <translation>Seul l&apos;employé qui a partagé cette relation est sollicité. Tant qu&apos;il n&apos;a pas accepté, la demande apparaît comme ouverte&#xa0;; si rien n&apos;en résulte, elle se clôt à son expiration sans en donner la raison.</translation>
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
    <name>consentric::ui::TemplateEditor</name>
    <message>
        <source>&amp;Active: employees can choose this template</source>
        <translation>&amp;Actif&#xa0;: les employés peuvent choisir ce modèle</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nom du modèle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps du message</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Mention de transparence</translation>
    </message>
    <message>
        <source>Opt-out line</source>
        <translation>Mention de refus</translation>
    </message>
    <message>
        <source>Why the employee is writing, and on whose behalf</source>
        <translation>Pourquoi l&apos;employé écrit, et au nom de qui</translation>
    </message>
    <message>
        <source>How the recipient can say no to further contact</source>
        <translation>Comment le destinataire peut refuser d&apos;être recontacté</translation>
    </message>
    <message>
        <source>Always sent after the body. Required before the template can be active.</source>
        <translation>Toujours envoyée après le corps du message. Obligatoire pour que le modèle puisse être actif.</translation>
    </message>
    <message>
        <source>Always sent last. Required before the template can be active.</source>
        <translation>Toujours envoyée en dernier. Obligatoire pour que le modèle puisse être actif.</translation>
    </message>
    <message>
        <source>Insert &amp;placeholder</source>
        <translation>Insérer une &amp;variable</translation>
    </message>
    <message>
        <source>Insert a placeholder where the cursor is in the subject, body, disclosure or opt-out line</source>
        <translation>Insérer une variable à la position du curseur dans l&apos;objet, le corps du message, la mention de transparence ou la mention de refus</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Corps&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Disclosure:</source>
        <translation>&amp;Mention de transparence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Opt-out line:</source>
        <translation>Mention de &amp;refus&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt; with sample details. The disclosure and the opt-out line always follow the body.</source>
        <translation>&lt;b&gt;Aperçu&lt;/b&gt; avec des données d&apos;exemple. La mention de transparence et la mention de refus suivent toujours le corps du message.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>A draft: employees are not offered it. It can be made active once it has a disclosure and an opt-out line.</source>
        <translation>Un brouillon&#xa0;: il n&apos;est pas proposé aux employés. Il pourra être activé dès qu&apos;il aura une mention de transparence et une mention de refus.</translation>
    </message>
    <message>
        <source>A draft: employees are not offered it until you tick Active and save.</source>
        <translation>Un brouillon&#xa0;: il n&apos;est proposé aux employés qu&apos;une fois que vous avez coché «&#xa0;Actif&#xa0;» et enregistré.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::TemplatesModel</name>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>Employees can choose this template.</source>
        <translation>Les employés peuvent choisir ce modèle.</translation>
    </message>
    <message>
        <source>Not offered to employees until it is made active.</source>
        <translation>Pas proposé aux employés tant qu&apos;il n&apos;est pas activé.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>consentric::ui::TemplatesPage</name>
    <message>
        <source>&amp;New template</source>
        <translation>Nouvea&amp;u modèle</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;staurer</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>Show templates in</source>
        <translation>Afficher les modèles en</translation>
    </message>
    <message>
        <source>Write a new template (it starts as a draft)</source>
        <translation>Rédiger un nouveau modèle (il commence comme brouillon)</translation>
    </message>
    <message>
        <source>Start a new draft from the template being edited</source>
        <translation>Créer un nouveau brouillon à partir du modèle en cours de modification</translation>
    </message>
    <message>
        <source>Save the template (Ctrl+S); you can undo it (Ctrl+Z)</source>
        <translation>Enregistrer le modèle (Ctrl+S)&#xa0;; vous pouvez annuler cette action (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Go back to the template as it was last saved</source>
        <translation>Revenir au modèle tel qu&apos;il a été enregistré pour la dernière fois</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;No templates in this language yet.&lt;/p&gt;&lt;p&gt;Click &lt;b&gt;New template&lt;/b&gt; to write one, or show another language. Every template needs a disclosure (why the employee is writing, and for whom) and an opt-out line before employees can use it.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;Aucun modèle dans cette langue pour l&apos;instant.&lt;/p&gt;&lt;p&gt;Cliquez sur &lt;b&gt;Nouveau modèle&lt;/b&gt; pour en rédiger un, ou affichez une autre langue. Chaque modèle doit avoir une mention de transparence (pourquoi l&apos;employé écrit, et pour qui) et une mention de refus avant que les employés puissent l&apos;utiliser.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The words employees start from when they introduce someone. They send the message from their own mail program and may change it; Consentric sends nothing itself.</source>
        <translation>Les mots dont partent les employés lorsqu&apos;ils présentent quelqu&apos;un. Ils envoient le message depuis leur propre messagerie et peuvent le modifier&#xa0;; Consentric n&apos;envoie rien lui-même.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Discard your changes to “%1”?</source>
        <translation>Abandonner vos modifications de «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>The changes to “%1” are not saved. Discard them, or go back and save them (Ctrl+S).</source>
        <translation>Les modifications de «&#xa0;%1&#xa0;» ne sont pas enregistrées. Abandonnez-les, ou revenez en arrière pour les enregistrer (Ctrl+S).</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Sign in as the owner or an admin to change templates.</source>
        <translation>Connectez-vous en tant que propriétaire ou administrateur pour modifier les modèles.</translation>
    </message>
    <message>
        <source>The template was saved but could not be read back; the list was refreshed.</source>
        <translation>Le modèle a été enregistré mais n&apos;a pas pu être relu&#xa0;; la liste a été actualisée.</translation>
    </message>
    <message>
        <source>Saved the template “%1”.</source>
        <translation>Le modèle «&#xa0;%1&#xa0;» a été enregistré.</translation>
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
