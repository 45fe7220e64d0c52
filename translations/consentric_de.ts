<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Application</name>
    <message>
        <source>The screenshot was not taken within 30 seconds.</source>
        <translation>Das Bildschirmfoto wurde nicht innerhalb von 30 Sekunden aufgenommen.</translation>
    </message>
    <message>
        <source>The folder for %1 does not exist.</source>
        <translation>Der Ordner für %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>Das Bildschirmfoto konnte nicht unter %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>The screenshot signs in as %1: give --passphrase-file FILE or set CONSENTRIC_PASSPHRASE.</source>
        <translation>Für das Bildschirmfoto wird als %1 angemeldet: Geben Sie --passphrase-file FILE an oder setzen Sie CONSENTRIC_PASSPHRASE.</translation>
    </message>
    <message>
        <source>The page “%1” is not available to this person; theirs are: %2.</source>
        <translation>Die Seite „%1“ ist für diese Person nicht verfügbar; verfügbar sind: %2.</translation>
    </message>
    <message>
        <source>The import wizard needs someone signed in: give a database with an organisation.</source>
        <translation>Der Import-Assistent braucht eine angemeldete Person: Geben Sie eine Datenbank mit einer Organisation an.</translation>
    </message>
    <message>
        <source>The import wizard stopped at its step %1; see the screenshot for why.</source>
        <translation>Der Import-Assistent ist bei Schritt %1 stehen geblieben; warum, zeigt der Screenshot.</translation>
    </message>
    <message>
        <source>Nothing on the map is called “%1”.</source>
        <translation>Auf der Karte heißt nichts „%1“.</translation>
    </message>
</context>
<context>
    <name>DemoLoader</name>
    <message>
        <source>Creating the demo company…</source>
        <translation>Demo-Firma wird erstellt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Demo company</source>
        <translation>Demo-Firma</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>exporting connections</source>
        <translation>Exportieren der Verbindungen</translation>
    </message>
    <message>
        <source>There is no person with id %1 to export.</source>
        <translation>Es gibt keine Person mit der ID %1, die exportiert werden könnte.</translation>
    </message>
</context>
<context>
    <name>Levels</name>
    <message>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>discoverable</source>
        <translation>auffindbar</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>geteilt</translation>
    </message>
    <message>
        <source>professional</source>
        <translation>beruflich</translation>
    </message>
    <message>
        <source>personal</source>
        <translation>persönlich</translation>
    </message>
    <message>
        <source>family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>Mitarbeitende(r)</translation>
    </message>
</context>
<context>
    <name>Location</name>
    <message>
        <source>No database was given: name an SQLite file or a postgresql:// URL.</source>
        <translation>Es wurde keine Datenbank angegeben: Nennen Sie eine SQLite-Datei oder eine postgresql://-URL.</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL URL Consentric understands: write postgresql://user@host:port/dbname.</source>
        <translation>„%1“ ist keine PostgreSQL-URL, die Consentric versteht: Schreiben Sie postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL contains a password. Remove it from the URL and put it in a PGPASSFILE instead, or let Consentric ask for it.</source>
        <translation>Die PostgreSQL-URL enthält ein Passwort. Entfernen Sie es aus der URL und hinterlegen Sie es stattdessen in einer PGPASSFILE, oder lassen Sie Consentric danach fragen.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL “%1” names no database: write postgresql://user@host:port/dbname.</source>
        <translation>Die PostgreSQL-URL „%1“ nennt keine Datenbank: Schreiben Sie postgresql://user@host:port/dbname.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Mark introduction sent</source>
        <translation>Vorstellung als gesendet markieren</translation>
    </message>
</context>
<context>
    <name>SuppressedCount</name>
    <message>
        <source>fewer than 3</source>
        <translation>weniger als 3</translation>
    </message>
</context>
<context>
    <name>consentric::app</name>
    <message>
        <source>The SQLite file or postgresql://user@host:port/dbname URL.</source>
        <translation>Die SQLite-Datei oder die URL postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>path-or-url</source>
        <translation>pfad-oder-url</translation>
    </message>
    <message>
        <source>The language of messages: en, de, fr or es.</source>
        <translation>Die Sprache der Meldungen: en, de, fr oder es.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>See: consentric %1 --help</source>
        <translation>Siehe: consentric %1 --help</translation>
    </message>
    <message>
        <source>--lang takes one of: %1.</source>
        <translation>--lang akzeptiert einen dieser Werte: %1.</translation>
    </message>
    <message>
        <source>consentric %1 needs --%2. See: consentric %1 --help</source>
        <translation>consentric %1 benötigt --%2. Siehe: consentric %1 --help</translation>
    </message>
    <message>
        <source>Unexpected word “%1”. See: consentric %2 --help</source>
        <translation>Unerwartetes Wort „%1“. Siehe: consentric %2 --help</translation>
    </message>
    <message>
        <source>small (about 12 people), medium (200) or large (1,000).</source>
        <translation>small (etwa 12 Personen), medium (200) oder large (1.000).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>größe</translation>
    </message>
    <message>
        <source>The same seed gives the same company.</source>
        <translation>Derselbe Startwert ergibt dieselbe Firma.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>zahl</translation>
    </message>
    <message>
        <source>Create the demo company in a new database.</source>
        <translation>Die Demo-Firma in einer neuen Datenbank erstellen.</translation>
    </message>
    <message>
        <source>--scale takes small, medium or large, not “%1”.</source>
        <translation>--scale akzeptiert small, medium oder large, nicht „%1“.</translation>
    </message>
    <message>
        <source>--seed takes a whole number, not “%1”.</source>
        <translation>--seed erwartet eine ganze Zahl, nicht „%1“.</translation>
    </message>
    <message>
        <source>Demo company: %1 of %2 people</source>
        <translation>Demo-Firma: %1 von %2 Personen</translation>
    </message>
    <message>
        <source>Demo company: %1 of %2 people (%3 s)</source>
        <translation>Demo-Firma: %1 von %2 Personen (%3 s)</translation>
    </message>
    <message>
        <source>Created the demo company in %1: %2 people in %3 departments, %4 connections, %5 companies (%6 s).</source>
        <translation>Die Demo-Firma wurde in %1 erstellt: %2 Personen in %3 Abteilungen, %4 Verbindungen, %5 Firmen (%6 s).</translation>
    </message>
    <message>
        <source>Usage: consentric person add --database P --email E --name N --department D [--role employee|admin]</source>
        <translation>Aufruf: consentric person add --database P --email E --name N --department D [--role employee|admin]</translation>
    </message>
    <message>
        <source>consentric person takes “add”: consentric person add --database P --email E --name N --department D</source>
        <translation>consentric person erwartet „add“: consentric person add --database P --email E --name N --department D</translation>
    </message>
    <message>
        <source>The person&apos;s work email address.</source>
        <translation>Die berufliche E-Mail-Adresse der Person.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>The person&apos;s name.</source>
        <translation>Der Name der Person.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Their department; a new one is created.</source>
        <translation>Die Abteilung der Person; eine noch nicht vorhandene wird angelegt.</translation>
    </message>
    <message>
        <source>employee (the default) or admin.</source>
        <translation>employee (Standard) oder admin.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rolle</translation>
    </message>
    <message>
        <source>--role takes employee or admin, not “%1”.</source>
        <translation>--role akzeptiert employee oder admin, nicht „%1“.</translation>
    </message>
    <message>
        <source>Added %1 &lt;%2&gt; as %3 to the new department %4.</source>
        <translation>%1 &lt;%2&gt; wurde als %3 zur neuen Abteilung %4 hinzugefügt.</translation>
    </message>
    <message>
        <source>Added %1 &lt;%2&gt; as %3 to %4.</source>
        <translation>%1 &lt;%2&gt; wurde als %3 zur Abteilung %4 hinzugefügt.</translation>
    </message>
    <message>
        <source>The backup file to write (replaced if it exists).</source>
        <translation>Die zu schreibende Sicherungsdatei (wird ersetzt, falls sie existiert).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>Write a consistent copy of an SQLite database.</source>
        <translation>Eine konsistente Kopie einer SQLite-Datenbank schreiben.</translation>
    </message>
    <message>
        <source>Wrote a backup of %1 to %2.</source>
        <translation>Sicherung von %1 nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>See: consentric --help</source>
        <translation>Siehe: consentric --help</translation>
    </message>
    <message>
        <source>--page goes with --screenshot. See: consentric --help</source>
        <translation>--page ist nur zusammen mit --screenshot möglich. Siehe: consentric --help</translation>
    </message>
    <message>
        <source>--page takes one of: %1.</source>
        <translation>--page akzeptiert einen dieser Werte: %1.</translation>
    </message>
    <message>
        <source>Add a person to the team (as the owner).</source>
        <translation>Eine Person zum Team hinzufügen (als Inhaber).</translation>
    </message>
    <message>
        <source>Check every entry of the hash chain.</source>
        <translation>Jeden Eintrag der Hash-Kette prüfen.</translation>
    </message>
    <message>
        <source>A head hash printed earlier (say, in a quarterly report) that must still be in the chain.</source>
        <translation>Ein früher ausgegebener Kopf-Hash (etwa aus einem Quartalsbericht), der noch in der Kette enthalten sein muss.</translation>
    </message>
    <message>
        <source>hash</source>
        <translation>hash</translation>
    </message>
    <message>
        <source>Verify the audit log (as the owner or an admin).</source>
        <translation>Das Prüfprotokoll verifizieren (als Inhaber oder Admin).</translation>
    </message>
    <message>
        <source>consentric audit takes --verify. See: consentric audit --help</source>
        <translation>consentric audit erwartet --verify. Siehe: consentric audit --help</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>Einträge: %1</translation>
    </message>
    <message>
        <source>Head: %1</source>
        <translation>Kopf: %1</translation>
    </message>
    <message>
        <source>The audit log is broken at entry %1: %2.</source>
        <translation>Das Prüfprotokoll ist bei Eintrag %1 beschädigt: %2.</translation>
    </message>
    <message>
        <source>The audit log does not hold what it should: %1.</source>
        <translation>Das Prüfprotokoll enthält nicht, was es enthalten sollte: %1.</translation>
    </message>
    <message>
        <source>Someone changed the database outside Consentric; compare it with a backup.</source>
        <translation>Jemand hat die Datenbank außerhalb von Consentric geändert; vergleichen Sie sie mit einer Sicherung.</translation>
    </message>
    <message>
        <source>The audit log is intact.</source>
        <translation>Das Prüfprotokoll ist intakt.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1: %2.</source>
        <translation>Die Passphrase-Datei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Passphrase für %1: </translation>
    </message>
    <message>
        <source>Consentric needs the passphrase of %1: give --passphrase-file FILE or set CONSENTRIC_PASSPHRASE.</source>
        <translation>Consentric benötigt die Passphrase von %1: Geben Sie --passphrase-file FILE an oder setzen Sie CONSENTRIC_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Act as this admin instead of the owner.</source>
        <translation>Als dieser Admin statt als Inhaber handeln.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of this file.</source>
        <translation>Die Passphrase aus der ersten Zeile dieser Datei lesen.</translation>
    </message>
    <message>
        <source>Nobody with the email %1 is in this database.</source>
        <translation>In dieser Datenbank gibt es niemanden mit der E-Mail-Adresse %1.</translation>
    </message>
    <message>
        <source>%1 is an employee; this command is for the owner or an admin.</source>
        <translation>%1 ist Mitarbeitende(r); dieser Befehl ist dem Inhaber oder einem Admin vorbehalten.</translation>
    </message>
    <message>
        <source>This database has no owner yet. Open it in the window and choose “Set up my organisation”, or load the demo company.</source>
        <translation>Diese Datenbank hat noch keinen Inhaber. Öffnen Sie sie im Fenster und wählen Sie „Meine Organisation einrichten“, oder laden Sie die Demo-Firma.</translation>
    </message>
    <message>
        <source>The employee acting on their own data (they give their passphrase).</source>
        <translation>Die/der Mitarbeitende, die/der mit den eigenen Daten arbeitet (und dafür die eigene Passphrase angibt).</translation>
    </message>
    <message>
        <source>Print JSON: a list of {id, name, company, title, context, strength, level}.</source>
        <translation>JSON ausgeben: eine Liste von {id, name, company, title, context, strength, level}.</translation>
    </message>
    <message>
        <source>List your own connections, with the ids that share takes.</source>
        <translation>Ihre eigenen Verbindungen auflisten, mit den IDs, die share erwartet.</translation>
    </message>
    <message>
        <source>Connections: %1</source>
        <translation>Verbindungen: %1</translation>
    </message>
    <message>
        <source>private, discoverable or shared.</source>
        <translation>private (privat), discoverable (auffindbar) oder shared (geteilt).</translation>
    </message>
    <message>
        <source>level</source>
        <translation>stufe</translation>
    </message>
    <message>
        <source>A connection id from consentric connections (may be repeated).</source>
        <translation>Eine Verbindungs-ID aus consentric connections (mehrfach möglich).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Every professional connection at this company.</source>
        <translation>Alle beruflichen Verbindungen bei dieser Firma.</translation>
    </message>
    <message>
        <source>Every professional connection.</source>
        <translation>Alle beruflichen Verbindungen.</translation>
    </message>
    <message>
        <source>Confirm that the business may see a personal or family connection.</source>
        <translation>Bestätigen, dass das Unternehmen eine persönliche oder familiäre Verbindung sehen darf.</translation>
    </message>
    <message>
        <source>Choose what the business may see of your connections.</source>
        <translation>Festlegen, was das Unternehmen von Ihren Verbindungen sehen darf.</translation>
    </message>
    <message>
        <source>--level takes private, discoverable or shared, not “%1”.</source>
        <translation>--level akzeptiert private, discoverable oder shared, nicht „%1“.</translation>
    </message>
    <message>
        <source>Choose the connections with exactly one of --contact ID, --company NAME or --all-professional.</source>
        <translation>Wählen Sie die Verbindungen mit genau einer der Optionen --contact ID, --company NAME oder --all-professional aus.</translation>
    </message>
    <message>
        <source>--contact takes a connection id (a number from consentric connections), not “%1”.</source>
        <translation>--contact erwartet eine Verbindungs-ID (eine Zahl aus consentric connections), nicht „%1“.</translation>
    </message>
    <message>
        <source>(From the command line: one --contact ID and --confirm.)</source>
        <translation>(Auf der Befehlszeile: eine einzelne --contact ID und --confirm.)</translation>
    </message>
    <message>
        <source>Connections changed to %1: %2.</source>
        <translation>Auf „%1“ geänderte Verbindungen: %2.</translation>
    </message>
    <message>
        <source>Personal or family connections left as they were: %1 (they change one at a time, with --contact ID --confirm).</source>
        <translation>Unverändert gelassene persönliche oder familiäre Verbindungen: %1 (sie werden einzeln geändert, mit --contact ID --confirm).</translation>
    </message>
    <message>
        <source>json (everything, the default) or vcard (the connections, for an address book).</source>
        <translation>json (alles, Standard) oder vcard (die Verbindungen, für ein Adressbuch).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Write to this file (replaced if it exists) instead of standard output.</source>
        <translation>In diese Datei schreiben (wird ersetzt, falls sie existiert) statt in die Standardausgabe.</translation>
    </message>
    <message>
        <source>Export everything stored about you.</source>
        <translation>Alles exportieren, was über Sie gespeichert ist.</translation>
    </message>
    <message>
        <source>--format takes json or vcard, not “%1”.</source>
        <translation>--format akzeptiert json oder vcard, nicht „%1“.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check the folder and its permissions.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Prüfen Sie den Ordner und seine Berechtigungen.</translation>
    </message>
    <message>
        <source>Wrote your data to %1.</source>
        <translation>Ihre Daten wurden in %1 geschrieben.</translation>
    </message>
    <message>
        <source>Run by the owner (or an admin, with --as) for someone who left: also closes their account.</source>
        <translation>Vom Inhaber (oder mit --as von einem Admin) für jemanden ausgeführt, der ausgeschieden ist: schließt auch dessen Konto.</translation>
    </message>
    <message>
        <source>Erase an employee&apos;s connections and contacts.</source>
        <translation>Die Verbindungen und Kontakte einer/eines Mitarbeitenden löschen.</translation>
    </message>
    <message>
        <source>Erased the connections and contacts of %1 (%2) and closed the account.</source>
        <translation>Die Verbindungen und Kontakte von %1 (%2) wurden gelöscht und das Konto wurde geschlossen.</translation>
    </message>
    <message>
        <source>Erased the connections and contacts of %1 (%2). The account stays, out of the program.</source>
        <translation>Die Verbindungen und Kontakte von %1 (%2) wurden gelöscht. Das Konto bleibt bestehen, ohne Teilnahme am Programm.</translation>
    </message>
    <message>
        <source>Another program has the database open: the erased bytes leave its files when that program closes it.</source>
        <translation>Ein anderes Programm hat die Datenbank geöffnet: Die gelöschten Bytes verschwinden erst aus ihren Dateien, wenn dieses Programm sie schließt.</translation>
    </message>
    <message>
        <source>--as and --passphrase-file go with --screenshot; the window asks who you are. See: consentric --help</source>
        <translation>--as und --passphrase-file sind nur zusammen mit --screenshot möglich; das Fenster fragt, wer Sie sind. Siehe: consentric --help</translation>
    </message>
    <message>
        <source>The files to read.</source>
        <translation>Die zu lesenden Dateien.</translation>
    </message>
    <message>
        <source>professional, personal or family (default: professional for LinkedIn and Outlook files, personal for the rest).</source>
        <translation>professional (beruflich), personal (persönlich) oder family (familiär); Standard: professional für LinkedIn- und Outlook-Dateien, personal für alle anderen.</translation>
    </message>
    <message>
        <source>context</source>
        <translation>kontext</translation>
    </message>
    <message>
        <source>Import contact files: LinkedIn, Google or Outlook CSV, other CSV, vCard. Everything imported is private.</source>
        <translation>Kontaktdateien importieren: CSV aus LinkedIn, Google oder Outlook, andere CSV-Dateien, vCard. Alles Importierte ist privat.</translation>
    </message>
    <message>
        <source>consentric import needs at least one FILE. See: consentric import --help</source>
        <translation>consentric import benötigt mindestens eine Datei (FILE). Siehe: consentric import --help</translation>
    </message>
    <message>
        <source>--context takes professional, personal or family, not “%1”.</source>
        <translation>--context akzeptiert professional, personal oder family, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2); nothing was imported from it.</source>
        <translation>%1: kann nicht gelesen werden (%2); daraus wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported from it.</source>
        <translation>%1: %2 Daraus wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1: %2, %3, as %4: imported %5, updated %6, skipped %7 (already there), possible duplicates %8.</source>
        <translation>%1: %2, %3, Kontext „%4“: importiert: %5, aktualisiert: %6, übersprungen: %7 (bereits vorhanden), mögliche Duplikate: %8.</translation>
    </message>
    <message>
        <source>%1:%2: “%3” may be the same person as your connection “%4” (id %5); both are kept. Merge them on the My connections page.</source>
        <translation>%1:%2: „%3“ ist möglicherweise dieselbe Person wie Ihre Verbindung „%4“ (ID %5); beide bleiben erhalten. Führen Sie sie auf der Seite „Meine Verbindungen“ zusammen.</translation>
    </message>
    <message>
        <source>%1: its %2 columns have no names Consentric knows, and no column holds an email address in every row (%3 rows read). Nothing was imported; import it in the window, where you choose what each column holds.</source>
        <translation>%1: Consentric kennt die Namen der %2 Spalten nicht, und keine Spalte enthält in jeder Zeile eine E-Mail-Adresse (%3 Zeilen gelesen). Nichts wurde importiert; importieren Sie die Datei im Fenster, wo Sie festlegen, was jede Spalte enthält.</translation>
    </message>
    <message>
        <source>None of the files holds a contact.</source>
        <translation>Keine der Dateien enthält einen Kontakt.</translation>
    </message>
    <message>
        <source>%1: is %2 MB; contact exports are far smaller, so it was not read. Check that this is the right file.</source>
        <translation>%1: ist %2 MB groß; Kontaktexporte sind viel kleiner, daher wurde die Datei nicht gelesen. Prüfen Sie, ob es die richtige Datei ist.</translation>
    </message>
    <message>
        <source>--import goes with --screenshot; in the window, use Import… (Ctrl+I). See: consentric --help</source>
        <translation>--import gehört zu --screenshot; im Fenster nutzen Sie Importieren… (Strg+I). Siehe: consentric --help</translation>
    </message>
    <message>
        <source>--import-step goes with --import. See: consentric --help</source>
        <translation>--import-step gehört zu --import. Siehe: consentric --help</translation>
    </message>
    <message>
        <source>--import-step takes one of: %1.</source>
        <translation>--import-step nimmt einen dieser Werte: %1.</translation>
    </message>
    <message>
        <source>The company to reach (any spelling: “ACME, Inc” is “Acme Inc.”).</source>
        <translation>Das Unternehmen, das erreicht werden soll (jede Schreibweise: „ACME, Inc“ ist „Acme Inc.“).</translation>
    </message>
    <message>
        <source>Print JSON: {company, normalised, reach: {hops, contacts, team_members}, paths: [{employee, contact, hops, strength}], message}.</source>
        <translation>JSON ausgeben: {company, normalised, reach: {hops, contacts, team_members}, paths: [{employee, contact, hops, strength}], message}.</translation>
    </message>
    <message>
        <source>Who on the team can reach a company (as the owner or an admin): counts for discoverable connections, names for shared ones.</source>
        <translation>Wer im Team ein Unternehmen erreichen kann (als Inhaber oder Admin): Zahlen für auffindbare Verbindungen, Namen für geteilte.</translation>
    </message>
    <message>
        <source>Team members who hold them: %1</source>
        <translation>Teammitglieder, die sie kennen: %1</translation>
    </message>
    <message>
        <source>%1 → %2 (strength %3)</source>
        <translation>%1 → %2 (Stärke %3)</translation>
    </message>
    <message>
        <source>--discover goes with --screenshot and --page discover or --page map. See: consentric --help</source>
        <translation>--discover ist nur zusammen mit --screenshot und --page discover oder --page map möglich. Siehe: consentric --help</translation>
    </message>
    <message>
        <source>The quarter to report on, such as 2026-Q3.</source>
        <translation>Das Quartal, über das berichtet wird, zum Beispiel 2026-Q3.</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>quartal</translation>
    </message>
    <message>
        <source>The PDF file to write (replaced if it exists).</source>
        <translation>Die zu schreibende PDF-Datei (wird ersetzt, falls sie existiert).</translation>
    </message>
    <message>
        <source>a4 or letter (default: from the system&apos;s locale).</source>
        <translation>a4 oder letter (Standard: aus den Regionaleinstellungen des Systems).</translation>
    </message>
    <message>
        <source>Write the quarterly policy-review report as a PDF (as the owner or an admin).</source>
        <translation>Den Quartalsbericht zur Richtlinienüberprüfung als PDF schreiben (als Inhaber oder Admin).</translation>
    </message>
    <message>
        <source>“%1” is not a quarter. Write the year, a dash and Q1 to Q4, for example: --quarter 2026-Q3</source>
        <translation>„%1“ ist kein Quartal. Schreiben Sie das Jahr, einen Bindestrich und Q1 bis Q4, zum Beispiel: --quarter 2026-Q3</translation>
    </message>
    <message>
        <source>--paper is a4 or letter, not “%1”.</source>
        <translation>--paper ist a4 oder letter, nicht „%1“.</translation>
    </message>
    <message>
        <source>Wrote the %1 report for %2 to %3 (%4 pages).</source>
        <translation>Bericht %1 für %2 nach %3 geschrieben (%4 Seiten).</translation>
    </message>
    <message>
        <source>Not shown: %1</source>
        <translation>Nicht angezeigt: %1</translation>
    </message>
    <message>
        <source>Audit log: %1 entries, head %2</source>
        <translation>Prüfprotokoll: %1 Einträge, Kopf %2</translation>
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
        <translation>Aufruf: consentric [--database PATH|URL] [--lang en|de|fr|es]
        consentric --database P --screenshot FILE [--page NAME]
        consentric COMMAND --help

Mit Consentric nutzt ein kleines Unternehmen die Netzwerke seines Teams für Empfehlungen
und persönliche Vorstellungen – alle Mitarbeitenden entscheiden, was das Unternehmen sehen darf.
Ohne Befehl öffnet sich das Fenster (Standarddatenbank: %1).

Befehle:
  demo     die Demo-Firma erstellen: --database P [--scale small|medium|large] [--seed N]
  person   eine Person hinzufügen: person add --database P --email E --name N --department D [--role employee|admin]
  backup   eine SQLite-Datenbank konsistent kopieren: --database P --output F
  audit    das Prüfprotokoll verifizieren: --database P --verify [--expect-head HASH]
  connections  Ihre Verbindungen auflisten: --database P --employee EMAIL [--json]
  import   Kontaktdateien lesen (LinkedIn-, Google-, Outlook-CSV, vCard): --database P --employee EMAIL
           [--context professional|personal|family] FILE...   alles Importierte ist privat
  share    festlegen, was das Unternehmen sehen darf: --database P --employee EMAIL
           --level private|discoverable|shared (--contact ID... | --company NAME | --all-professional)
           persönliche und familiäre Verbindungen: eine einzelne --contact ID und --confirm
  export   alles über Sie: --database P --employee EMAIL [--format json|vcard] [--output F]
  erase    Ihre Verbindungen löschen: --database P --employee EMAIL; der Inhaber ergänzt --left
           für jemanden, der ausgeschieden ist, und schließt damit auch dessen Konto
  discover wer im Team ein Unternehmen erreichen kann: --database P --company NAME [--json]
  report   den Quartalsbericht zur Richtlinienüberprüfung als PDF: --database P --quarter 2026-Q3
           --output F.pdf [--paper a4|letter]
  oneonones  eine Runde von Eins-zu-eins-Gesprächen starten: --database P --round [--date YYYY-MM-DD]
           --output DIR   schreibt eine Einladung (.ics) pro Treffen und gibt die Treffen aus

person, audit, discover, report, oneonones und erase --left handeln als Inhaber (oder als der mit --as EMAIL genannte Admin);
connections, import, share, export und erase handeln als die/der mit --employee genannte
Mitarbeitende, mit den eigenen Daten. Die Passphrase stammt aus --passphrase-file FILE, aus der
Umgebungsvariablen CONSENTRIC_PASSPHRASE oder aus einer Eingabeaufforderung. Jede Demo-Passphrase
lautet „demo“.

Optionen:
  --database PATH|URL  eine SQLite-Datei oder postgresql://user@host:port/dbname
                       (das Passwort stammt aus PGPASSFILE oder einer Eingabeaufforderung, nie aus der URL)
  --lang CODE          en, de, fr oder es (Standard: die Sprache des Systems)
  --screenshot FILE    ohne Nachfrage anmelden, das Fenster öffnen, ein Bildschirmfoto davon als PNG
                       in FILE speichern und beenden
  --as EMAIL           mit --screenshot: wer sich anmeldet (Standard: der Inhaber); die Passphrase
                       stammt aus --passphrase-file FILE oder CONSENTRIC_PASSPHRASE
  --page NAME          mit --screenshot: die anzuzeigende Seite (team, discover, map, referrals,
                       templates, concerns, metrics, policy-review, reports, oneonones,
                       audit, connections, business, inbox, policy, pulse, recognition,
                       report-concern, my-audit, settings)
  --import FILE        mit --screenshot: den Import-Assistenten mit FILE öffnen (wiederholbar) und
                       den Bildschirm speichern; --import-step files|preview|matches|summary
                       (Standard: preview) geht bis dorthin, summary importiert
  --discover NAME      mit --screenshot --page discover: das Unternehmen, für das geantwortet wird;
                       mit --page map: Person oder Unternehmen, deren stärkste Wege hervorgehoben werden
  -h, --help           diese Hilfe anzeigen
  -v, --version        die Version anzeigen

Rückgabewert: 0 Erfolg, 1 die Anfrage konnte nicht ausgeführt werden, 2 ein Fehler im Aufruf.</translation>
    </message>
    <message>
        <source>“%1” is not a Consentric command. Commands: demo, person, backup, audit, connections, import, share, export, erase, discover, report, oneonones. See: consentric --help</source>
        <translation>„%1“ ist kein Consentric-Befehl. Befehle: demo, person, backup, audit, connections, import, share, export, erase, discover, report, oneonones. Siehe: consentric --help</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Start a round: pair everyone whose cadence is due on the date.</source>
        <translation>Eine Runde starten: alle zusammenbringen, deren Rhythmus an diesem Datum fällig ist.</translation>
    </message>
    <message>
        <source>The round&apos;s date, YYYY-MM-DD (default: today); not in the past.</source>
        <translation>Das Datum der Runde, YYYY-MM-DD (Standard: heute); nicht in der Vergangenheit.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>The folder for the invitations, one .ics file per meeting (made if missing).</source>
        <translation>Der Ordner für die Einladungen, eine .ics-Datei pro Treffen (wird angelegt, falls er fehlt).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>ordner</translation>
    </message>
    <message>
        <source>Start a round of one-to-ones and write its invitations (as the owner or an admin).</source>
        <translation>Eine Runde von Eins-zu-eins-Gesprächen starten und ihre Einladungen schreiben (als Inhaber oder Admin).</translation>
    </message>
    <message>
        <source>Say what to do: --round starts a round, for example: consentric oneonones --database P --round --output DIR</source>
        <translation>Geben Sie an, was zu tun ist: --round startet eine Runde, zum Beispiel: consentric oneonones --database P --round --output DIR</translation>
    </message>
    <message>
        <source>“%1” is not a date. Write it as year-month-day, for example: --date 2026-10-05</source>
        <translation>„%1“ ist kein Datum. Schreiben Sie es als Jahr-Monat-Tag, zum Beispiel: --date 2026-10-05</translation>
    </message>
    <message>
        <source>The folder %1 could not be made. Choose a folder you may write to.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Round for %1: %2 meetings for the %3 people due (times in %4).</source>
        <translation>Runde am %1: %2 Treffen für die %3 fälligen Personen (Zeiten in %4).</translation>
    </message>
    <message>
        <source>Not paired this round (nobody they may meet was left): %1</source>
        <translation>In dieser Runde nicht zugeteilt (niemand mehr übrig, den sie treffen dürfen): %1</translation>
    </message>
    <message>
        <source>Not paired this round (no common free half hour within four weeks): %1</source>
        <translation>In dieser Runde nicht zugeteilt (keine gemeinsame freie halbe Stunde innerhalb von vier Wochen): %1</translation>
    </message>
    <message>
        <source>The round was started, but %1 Write the invitations again from the One-to-ones page (Save invitations…).</source>
        <translation>Die Runde wurde gestartet, aber: %1 Schreiben Sie die Einladungen erneut auf der Seite „Eins-zu-eins-Gespräche“ (Einladungen speichern…).</translation>
    </message>
    <message>
        <source>Wrote %1 invitations to %2.</source>
        <translation>%1 Einladungen nach %2 geschrieben.</translation>
    </message>
</context>
<context>
    <name>consentric::consent</name>
    <message>
        <source>A stored salt has the wrong length; the database may be damaged.</source>
        <translation>Ein gespeichertes Salt hat die falsche Länge; die Datenbank ist möglicherweise beschädigt.</translation>
    </message>
    <message>
        <source>Not enough memory to check the passphrase (Argon2id needs %1 MiB). Close other programs and try again.</source>
        <translation>Nicht genug Arbeitsspeicher, um die Passphrase zu prüfen (Argon2id benötigt %1 MiB). Schließen Sie andere Programme und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>An encrypted value is too short: it was altered or damaged, so it is not shown.</source>
        <translation>Ein verschlüsselter Wert ist zu kurz: Er wurde verändert oder beschädigt und wird daher nicht angezeigt.</translation>
    </message>
    <message>
        <source>An encrypted value does not open with this key: the key is wrong, or the value was altered. Nothing of it is shown.</source>
        <translation>Ein verschlüsselter Wert lässt sich mit diesem Schlüssel nicht öffnen: Der Schlüssel ist falsch, oder der Wert wurde verändert. Nichts davon wird angezeigt.</translation>
    </message>
    <message>
        <source>A public key has the wrong length; the account may be damaged.</source>
        <translation>Ein öffentlicher Schlüssel hat die falsche Länge; das Konto ist möglicherweise beschädigt.</translation>
    </message>
    <message>
        <source>Could not seal a message to a public key.</source>
        <translation>Eine Nachricht konnte nicht für einen öffentlichen Schlüssel versiegelt werden.</translation>
    </message>
    <message>
        <source>The sealed data is damaged or cut short.</source>
        <translation>Die versiegelten Daten sind beschädigt oder unvollständig.</translation>
    </message>
    <message>
        <source>The sealed data does not open with this key: it was altered, or it belongs to someone else.</source>
        <translation>Die versiegelten Daten lassen sich mit diesem Schlüssel nicht öffnen: Die Daten wurden verändert, oder sie gehören jemand anderem.</translation>
    </message>
    <message>
        <source>%1 is not the owner or an admin, so the business&apos;s views are not available. Sign in as the owner.</source>
        <translation>%1 ist weder Inhaber noch Admin, daher sind die Ansichten des Unternehmens nicht verfügbar. Melden Sie sich als Inhaber an.</translation>
    </message>
</context>
<context>
    <name>consentric::consent::Accounts</name>
    <message>
        <source>The passphrase is empty. Choose one only you know.</source>
        <translation>Die Passphrase ist leer. Wählen Sie eine, die nur Sie kennen.</translation>
    </message>
    <message>
        <source>The passphrase is shorter than %1 characters. A few unrelated words make a long one that is easy to remember.</source>
        <translation>Die Passphrase ist kürzer als %1 Zeichen. Einige Wörter ohne Zusammenhang ergeben eine lange Passphrase, die sich leicht merken lässt.</translation>
    </message>
    <message>
        <source>This person already has an account.</source>
        <translation>Diese Person hat bereits ein Konto.</translation>
    </message>
    <message>
        <source>creating the account</source>
        <translation>Anlegen des Kontos</translation>
    </message>
    <message>
        <source>looking up the account</source>
        <translation>Suchen des Kontos</translation>
    </message>
    <message>
        <source>Nobody with the email %1 is in this database. Check the address, or ask the owner to add you.</source>
        <translation>In dieser Datenbank gibt es niemanden mit der E-Mail-Adresse %1. Prüfen Sie die Adresse oder bitten Sie den Inhaber, Sie hinzuzufügen.</translation>
    </message>
    <message>
        <source>%1 has left the organisation, so the account is closed.</source>
        <translation>%1 ist aus der Organisation ausgeschieden, daher ist das Konto geschlossen.</translation>
    </message>
    <message>
        <source>reading the account</source>
        <translation>Lesen des Kontos</translation>
    </message>
    <message>
        <source>%1 has no account yet. The owner gives each person one on the Team page.</source>
        <translation>%1 hat noch kein Konto. Der Inhaber richtet auf der Seite „Team“ für jede Person eines ein.</translation>
    </message>
    <message>
        <source>counting a wrong passphrase</source>
        <translation>Zählen einer falschen Passphrase</translation>
    </message>
    <message>
        <source>The recovery code for %1 is wrong.</source>
        <translation>Der Wiederherstellungscode für %1 ist falsch.</translation>
    </message>
    <message>
        <source>The passphrase for %1 is wrong.</source>
        <translation>Die Passphrase für %1 ist falsch.</translation>
    </message>
    <message>
        <source>signing in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Too many wrong passphrases for %1. Try again in %2 seconds.</source>
        <translation>Zu viele falsche Passphrasen für %1. Versuchen Sie es in %2 Sekunden erneut.</translation>
    </message>
    <message>
        <source>saving the new passphrase</source>
        <translation>Speichern der neuen Passphrase</translation>
    </message>
    <message>
        <source>saving the recovery code</source>
        <translation>Speichern des Wiederherstellungscodes</translation>
    </message>
    <message>
        <source>%1 has not made a recovery code. Without the passphrase the private data cannot be opened; the owner can only give a fresh, empty account.</source>
        <translation>%1 hat keinen Wiederherstellungscode erstellt. Ohne die Passphrase lassen sich die privaten Daten nicht öffnen; der Inhaber kann nur ein neues, leeres Konto einrichten.</translation>
    </message>
    <message>
        <source>Too many wrong attempts for %1. Try again in %2 seconds.</source>
        <translation>Zu viele Fehlversuche für %1. Versuchen Sie es in %2 Sekunden erneut.</translation>
    </message>
    <message>
        <source>That person no longer exists.</source>
        <translation>Diese Person gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>reading the account&apos;s key pair</source>
        <translation>Lesen des Schlüsselpaars des Kontos</translation>
    </message>
    <message>
        <source>The account of person %1 no longer exists.</source>
        <translation>Das Konto der Person %1 gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The key pair of this account was altered outside Consentric; restore a backup.</source>
        <translation>Das Schlüsselpaar dieses Kontos wurde außerhalb von Consentric verändert; stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The public key of this account does not match its secret key; it was altered outside Consentric. Restore a backup.</source>
        <translation>Der öffentliche Schlüssel dieses Kontos passt nicht zu seinem geheimen Schlüssel; er wurde außerhalb von Consentric verändert. Stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>saving the account&apos;s key pair</source>
        <translation>Speichern des Schlüsselpaars des Kontos</translation>
    </message>
</context>
<context>
    <name>consentric::consent::AuditLog</name>
    <message>
        <source>locking the audit log</source>
        <translation>Sperren des Prüfprotokolls</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>Lesen des Prüfprotokolls</translation>
    </message>
    <message>
        <source>writing to the audit log</source>
        <translation>Schreiben in das Prüfprotokoll</translation>
    </message>
    <message>
        <source>entry %1 is missing: the log jumps from %2 to %3</source>
        <translation>Eintrag %1 fehlt: Das Protokoll springt von %2 auf %3</translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it</source>
        <translation>Eintrag %1 schließt nicht an den vorherigen Eintrag an</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation>Eintrag %1 wurde nach dem Schreiben geändert</translation>
    </message>
    <message>
        <source>the expected head %1 is not in the chain: entries were removed from its end, or it belongs to another database</source>
        <translation>Der erwartete Kopf-Hash %1 ist nicht in der Kette: Am Ende der Kette wurden Einträge entfernt, oder er gehört zu einer anderen Datenbank</translation>
    </message>
    <message>
        <source>reading a public key</source>
        <translation>Lesen eines öffentlichen Schlüssels</translation>
    </message>
    <message>
        <source>Only the owner or an admin reads the whole audit log; you can read the entries about you in “My audit trail”.</source>
        <translation>Nur der Inhaber oder ein Admin kann das gesamte Prüfprotokoll lesen; die Einträge über Sie finden Sie unter „Mein Prüfprotokoll“.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not open with your key: it was altered outside Consentric. Run “consentric audit --verify”.</source>
        <translation>Der Protokolleintrag %1 lässt sich mit Ihrem Schlüssel nicht öffnen: Er wurde außerhalb von Consentric verändert. Führen Sie „consentric audit --verify“ aus.</translation>
    </message>
</context>
<context>
    <name>consentric::consent::BusinessView</name>
    <message>
        <source>counting the team&apos;s reach</source>
        <translation>Zählen der Reichweite des Teams</translation>
    </message>
    <message>
        <source>reading shared connections</source>
        <translation>Lesen der geteilten Verbindungen</translation>
    </message>
</context>
<context>
    <name>consentric::consent::ContactDetails</name>
    <message>
        <source>The decrypted details are not in the expected form.</source>
        <translation>Die entschlüsselten Angaben haben nicht die erwartete Form.</translation>
    </message>
</context>
<context>
    <name>consentric::consent::ContactVault</name>
    <message>
        <source>finding a company</source>
        <translation>Suchen einer Firma</translation>
    </message>
    <message>
        <source>adding a company</source>
        <translation>Hinzufügen einer Firma</translation>
    </message>
    <message>
        <source>storing a contact</source>
        <translation>Speichern eines Kontakts</translation>
    </message>
    <message>
        <source>Contact %1 is not one of your contacts; nothing was changed.</source>
        <translation>Der Kontakt %1 gehört nicht zu Ihren Kontakten; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The stored details of contact %1 do not open with your key: they were altered outside Consentric, or copied from another row. Nothing of them is shown. Restore a backup, or erase this contact.</source>
        <translation>Die gespeicherten Angaben zu Kontakt %1 lassen sich mit Ihrem Schlüssel nicht öffnen: Die Angaben wurden außerhalb von Consentric verändert oder aus einer anderen Zeile kopiert. Nichts davon wird angezeigt. Stellen Sie eine Sicherung wieder her oder löschen Sie diesen Kontakt.</translation>
    </message>
    <message>
        <source>reading a contact</source>
        <translation>Lesen eines Kontakts</translation>
    </message>
    <message>
        <source>Contact %1 no longer exists.</source>
        <translation>Den Kontakt %1 gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Contact %1 is not one of your contacts.</source>
        <translation>Der Kontakt %1 gehört nicht zu Ihren Kontakten.</translation>
    </message>
    <message>
        <source>reading your contacts</source>
        <translation>Lesen Ihrer Kontakte</translation>
    </message>
</context>
<context>
    <name>consentric::consent::Erasure</name>
    <message>
        <source>Only the owner or an admin erases someone else&apos;s data; an employee erases only their own.</source>
        <translation>Nur der Inhaber oder ein Admin löscht die Daten anderer; Mitarbeitende löschen nur ihre eigenen.</translation>
    </message>
    <message>
        <source>Nobody with the email %1 is in this database.</source>
        <translation>In dieser Datenbank gibt es niemanden mit der E-Mail-Adresse %1.</translation>
    </message>
    <message>
        <source>The owner&apos;s own data is erased by the owner, without --left.</source>
        <translation>Die eigenen Daten des Inhabers löscht der Inhaber selbst, ohne --left.</translation>
    </message>
    <message>
        <source>counting the connections to erase</source>
        <translation>Zählen der zu löschenden Verbindungen</translation>
    </message>
    <message>
        <source>erasing the connections</source>
        <translation>Löschen der Verbindungen</translation>
    </message>
    <message>
        <source>Only the owner or an admin gives someone a fresh account.</source>
        <translation>Nur der Inhaber oder ein Admin kann jemandem ein neues Konto einrichten.</translation>
    </message>
    <message>
        <source>Nobody active with the email %1 is in this database.</source>
        <translation>In dieser Datenbank gibt es keine aktive Person mit der E-Mail-Adresse %1.</translation>
    </message>
    <message>
        <source>Your own passphrase is changed under Settings, or recovered with your recovery key.</source>
        <translation>Ihre eigene Passphrase ändern Sie unter „Einstellungen“, oder Sie stellen sie mit Ihrem Wiederherstellungsschlüssel wieder her.</translation>
    </message>
    <message>
        <source>closing the old account</source>
        <translation>Schließen des alten Kontos</translation>
    </message>
</context>
<context>
    <name>consentric::consent::Participation</name>
    <message>
        <source>reading the consent ledger</source>
        <translation>Lesen des Einwilligungsregisters</translation>
    </message>
    <message>
        <source>The consent ledger was changed outside Consentric at row %1, so nothing was changed. Restore a backup, and run “consentric audit --verify” to see what else was touched.</source>
        <translation>Das Einwilligungsregister wurde in Zeile %1 außerhalb von Consentric geändert, daher wurde nichts geändert. Stellen Sie eine Sicherung wieder her und führen Sie „consentric audit --verify“ aus, um zu sehen, was sonst noch verändert wurde.</translation>
    </message>
    <message>
        <source>locking the consent ledger</source>
        <translation>Sperren des Einwilligungsregisters</translation>
    </message>
    <message>
        <source>changing participation</source>
        <translation>Ändern der Teilnahme</translation>
    </message>
    <message>
        <source>Only an active member of the team can join or leave the program.</source>
        <translation>Nur aktive Teammitglieder können am Programm teilnehmen oder ihre Teilnahme beenden.</translation>
    </message>
    <message>
        <source>writing to the consent ledger</source>
        <translation>Schreiben in das Einwilligungsregister</translation>
    </message>
    <message>
        <source>The connection policy is missing from this build of Consentric; reinstall it.</source>
        <translation>In dieser Consentric-Version fehlt die Verbindungsrichtlinie; installieren Sie Consentric neu.</translation>
    </message>
    <message>
        <source>reading participation</source>
        <translation>Lesen der Teilnahme</translation>
    </message>
    <message>
        <source>cancelling pending requests</source>
        <translation>Abbrechen offener Anfragen</translation>
    </message>
    <message>
        <source>Only a member of the program acknowledges a new policy version; to take part, join the program on the Policy page.</source>
        <translation>Nur wer am Programm teilnimmt, bestätigt eine neue Richtlinienversion; um teilzunehmen, nehmen Sie auf der Seite „Richtlinie“ am Programm teil.</translation>
    </message>
    <message>
        <source>The connection policy is now version %1, not %2. Read the current version first.</source>
        <translation>Die Verbindungsrichtlinie liegt jetzt in Version %1 vor, nicht in Version %2. Lesen Sie zuerst die aktuelle Version.</translation>
    </message>
</context>
<context>
    <name>consentric::consent::People</name>
    <message>
        <source>reading the organisation</source>
        <translation>Lesen der Organisation</translation>
    </message>
    <message>
        <source>The organisation needs a name.</source>
        <translation>Die Organisation braucht einen Namen.</translation>
    </message>
    <message>
        <source>This database already belongs to “%1”. Create a new database for another organisation.</source>
        <translation>Diese Datenbank gehört bereits zu „%1“. Legen Sie für eine andere Organisation eine neue Datenbank an.</translation>
    </message>
    <message>
        <source>creating the organisation</source>
        <translation>Anlegen der Organisation</translation>
    </message>
    <message>
        <source>reading departments</source>
        <translation>Lesen der Abteilungen</translation>
    </message>
    <message>
        <source>A department needs a name.</source>
        <translation>Eine Abteilung braucht einen Namen.</translation>
    </message>
    <message>
        <source>finding the department</source>
        <translation>Suchen der Abteilung</translation>
    </message>
    <message>
        <source>adding the department</source>
        <translation>Hinzufügen der Abteilung</translation>
    </message>
    <message>
        <source>“%1” is not an email address. Write it as name@example.com.</source>
        <translation>„%1“ ist keine E-Mail-Adresse. Schreiben Sie sie in der Form name@example.com.</translation>
    </message>
    <message>
        <source>The person needs a name.</source>
        <translation>Die Person braucht einen Namen.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters; shorten it.</source>
        <translation>Der Name ist länger als %1 Zeichen; bitte kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>Choose a department for %1.</source>
        <translation>Wählen Sie eine Abteilung für %1.</translation>
    </message>
    <message>
        <source>%1 already has the email %2. Use another address, or edit that person instead.</source>
        <translation>%1 hat bereits die E-Mail-Adresse %2. Verwenden Sie eine andere Adresse oder bearbeiten Sie stattdessen diese Person.</translation>
    </message>
    <message>
        <source>checking the owner</source>
        <translation>Prüfen des Inhabers</translation>
    </message>
    <message>
        <source>This organisation already has an owner. Add %1 as an admin instead.</source>
        <translation>Diese Organisation hat bereits einen Inhaber. Fügen Sie %1 stattdessen als Admin hinzu.</translation>
    </message>
    <message>
        <source>adding a person</source>
        <translation>Hinzufügen einer Person</translation>
    </message>
    <message>
        <source>That person no longer exists; the list was refreshed.</source>
        <translation>Diese Person gibt es nicht mehr; die Liste wurde aktualisiert.</translation>
    </message>
    <message>
        <source>The owner&apos;s role cannot be changed here, and nobody else can become the owner.</source>
        <translation>Die Rolle des Inhabers kann hier nicht geändert werden, und niemand sonst kann Inhaber werden.</translation>
    </message>
    <message>
        <source>%1 already has the email %2. Use another address.</source>
        <translation>%1 hat bereits die E-Mail-Adresse %2. Verwenden Sie eine andere Adresse.</translation>
    </message>
    <message>
        <source>saving the person</source>
        <translation>Speichern der Person</translation>
    </message>
    <message>
        <source>The owner cannot be marked as having left. Hand the organisation to someone else first.</source>
        <translation>Der Inhaber kann nicht als ausgeschieden markiert werden. Übergeben Sie die Organisation zuerst an eine andere Person.</translation>
    </message>
    <message>
        <source>changing the person&apos;s status</source>
        <translation>Ändern des Status der Person</translation>
    </message>
    <message>
        <source>checking the person&apos;s contacts</source>
        <translation>Prüfen der Kontakte der Person</translation>
    </message>
    <message>
        <source>This person already has contacts, so they can only be marked as having left.</source>
        <translation>Diese Person hat bereits Kontakte und kann daher nur als ausgeschieden markiert werden.</translation>
    </message>
    <message>
        <source>removing the person</source>
        <translation>Entfernen der Person</translation>
    </message>
    <message>
        <source>reading people</source>
        <translation>Lesen der Personen</translation>
    </message>
</context>
<context>
    <name>consentric::consent::Pseudonyms</name>
    <message>
        <source>reading the pseudonym key</source>
        <translation>Lesen des Pseudonym-Schlüssels</translation>
    </message>
    <message>
        <source>The pseudonym key stored for %1 does not open: %2</source>
        <translation>Der für %1 gespeicherte Pseudonym-Schlüssel lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>reading the pseudonym keys</source>
        <translation>Lesen der Pseudonym-Schlüssel</translation>
    </message>
    <message>
        <source>saving the pseudonym key</source>
        <translation>Speichern des Pseudonym-Schlüssels</translation>
    </message>
    <message>
        <source>finding colleagues without the pseudonym key</source>
        <translation>Suchen von Kolleginnen und Kollegen ohne Pseudonym-Schlüssel</translation>
    </message>
    <message>
        <source>passing on the pseudonym key</source>
        <translation>Weitergeben des Pseudonym-Schlüssels</translation>
    </message>
</context>
<context>
    <name>consentric::consent::SecretKey</name>
    <message>
        <source>A stored key has the wrong length; the database may be damaged.</source>
        <translation>Ein gespeicherter Schlüssel hat die falsche Länge; die Datenbank ist möglicherweise beschädigt.</translation>
    </message>
</context>
<context>
    <name>consentric::consent::Sharing</name>
    <message>
        <source>reading a connection</source>
        <translation>Lesen einer Verbindung</translation>
    </message>
    <message>
        <source>changing a sharing level</source>
        <translation>Ändern einer Freigabestufe</translation>
    </message>
    <message>
        <source>Connection %1 is not one of your connections; nothing was changed.</source>
        <translation>Die Verbindung %1 gehört nicht zu Ihren Verbindungen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Connection %1 is %2: personal and family connections leave private one at a time. Nothing was changed; choose it on its own and confirm.</source>
        <translation>Die Verbindung %1 ist als „%2“ eingestuft: Persönliche und familiäre Verbindungen können die Stufe „privat“ nur einzeln verlassen. Es wurde nichts geändert; wählen Sie die Verbindung einzeln aus und bestätigen Sie.</translation>
    </message>
    <message>
        <source>Connection %1 is %2: confirm that the business may see it before it leaves private.</source>
        <translation>Die Verbindung %1 ist als „%2“ eingestuft: Bestätigen Sie, dass das Unternehmen sie sehen darf, bevor sie die Stufe „privat“ verlässt.</translation>
    </message>
    <message>
        <source>Name a company, for example --company &quot;Acme Inc.&quot;.</source>
        <translation>Nennen Sie eine Firma, zum Beispiel --company &quot;Acme Inc.&quot;.</translation>
    </message>
</context>
<context>
    <name>consentric::consent::TeamOverview</name>
    <message>
        <source>reading the team</source>
        <translation>Lesen des Teams</translation>
    </message>
    <message>
        <source>counting the team by department</source>
        <translation>Zählen des Teams nach Abteilung</translation>
    </message>
    <message>
        <source>counting discoverable connections</source>
        <translation>Zählen der auffindbaren Verbindungen</translation>
    </message>
</context>
<context>
    <name>consentric::contacts</name>
    <message>
        <source>reading your connections</source>
        <translation>Lesen Ihrer Verbindungen</translation>
    </message>
</context>
<context>
    <name>consentric::contacts::ContactStore</name>
    <message>
        <source>checking the employee</source>
        <translation>Prüfen der/des Mitarbeitenden</translation>
    </message>
    <message>
        <source>Connections can only be added for an active member of the team.</source>
        <translation>Verbindungen können nur für aktive Teammitglieder hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Contact %1 has neither a name nor an email address; give it one of them.</source>
        <translation>Kontakt %1 hat weder einen Namen noch eine E-Mail-Adresse; geben Sie eins von beiden an.</translation>
    </message>
    <message>
        <source>The strength of “%1” must be between 1 and 5.</source>
        <translation>Die Stärke von „%1“ muss zwischen 1 und 5 liegen.</translation>
    </message>
    <message>
        <source>Connection %1 is not one of your connections.</source>
        <translation>Die Verbindung %1 gehört nicht zu Ihren Verbindungen.</translation>
    </message>
    <message>
        <source>The strength must be between 1 and 5.</source>
        <translation>Die Stärke muss zwischen 1 und 5 liegen.</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>Ein Kontakt braucht einen Namen.</translation>
    </message>
    <message>
        <source>Connection %1 is not one of your connections; nothing was changed.</source>
        <translation>Die Verbindung %1 gehört nicht zu Ihren Verbindungen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Connection %1 is %2 to the business. Make it private before you call it personal or family; nothing was changed.</source>
        <translation>Die Verbindung %1 hat gegenüber dem Unternehmen die Stufe „%2“. Setzen Sie sie auf „privat“, bevor Sie sie als persönlich oder familiär einstufen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>editing a connection</source>
        <translation>Bearbeiten einer Verbindung</translation>
    </message>
    <message>
        <source>finding a connection</source>
        <translation>Suchen einer Verbindung</translation>
    </message>
    <message>
        <source>Connection %1 is not one of your connections; nothing was removed.</source>
        <translation>Die Verbindung %1 gehört nicht zu Ihren Verbindungen; es wurde nichts entfernt.</translation>
    </message>
    <message>
        <source>removing a contact</source>
        <translation>Entfernen eines Kontakts</translation>
    </message>
    <message>
        <source>adding contacts</source>
        <translation>beim Hinzufügen von Kontakten</translation>
    </message>
    <message>
        <source>adding connections</source>
        <translation>beim Hinzufügen von Verbindungen</translation>
    </message>
</context>
<context>
    <name>consentric::contacts::import</name>
    <message>
        <source>Line %1: “%2” is not an email address; the contact is kept without it.</source>
        <translation>Zeile %1: „%2“ ist keine E-Mail-Adresse; der Kontakt wird ohne sie übernommen.</translation>
    </message>
    <message>
        <source>Line %1: the date “%2” is not a date; the contact is kept without it.</source>
        <translation>Zeile %1: „%2“ ist kein gültiges Datum; der Kontakt wird ohne dieses Datum übernommen.</translation>
    </message>
    <message>
        <source>Line %1: the row has %2 cells but the header has %3; the extra cells are ignored.</source>
        <translation>Zeile %1: Die Zeile hat %2 Zellen, die Kopfzeile aber nur %3; die überzähligen Zellen werden ignoriert.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field starting here is never closed; the rest of the file was read into it.</source>
        <translation>Zeile %1: Ein hier beginnendes Feld in Anführungszeichen wird nie geschlossen; der Rest der Datei wurde in dieses Feld gelesen.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Choose a column for names, email addresses or profile addresses: without one no contact can be read.</source>
        <translation>Wählen Sie eine Spalte für Namen, E-Mail-Adressen oder Profiladressen: Ohne eine solche Spalte lässt sich kein Kontakt lesen.</translation>
    </message>
    <message>
        <source>This file does not look like a list of contacts: none of its columns holds names, email addresses or profile addresses. Choose a CSV export from LinkedIn, Google, Outlook or Thunderbird, or map the columns by hand.</source>
        <translation>Diese Datei sieht nicht wie eine Kontaktliste aus: Keine ihrer Spalten enthält Namen, E-Mail-Adressen oder Profiladressen. Wählen Sie einen CSV-Export aus LinkedIn, Google, Outlook oder Thunderbird, oder ordnen Sie die Spalten von Hand zu.</translation>
    </message>
    <message>
        <source>Consentric does not know the encoding “%1”. Choose one from the list.</source>
        <translation>Consentric kennt die Zeichenkodierung „%1“ nicht. Wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <source>LinkedIn connections (CSV)</source>
        <translation>LinkedIn-Verbindungen (CSV)</translation>
    </message>
    <message>
        <source>Google Contacts (CSV)</source>
        <translation>Google Kontakte (CSV)</translation>
    </message>
    <message>
        <source>Outlook contacts (CSV)</source>
        <translation>Outlook-Kontakte (CSV)</translation>
    </message>
    <message>
        <source>Thunderbird address book (CSV)</source>
        <translation>Thunderbird-Adressbuch (CSV)</translation>
    </message>
    <message>
        <source>Table of contacts (CSV)</source>
        <translation>Kontakttabelle (CSV)</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>Line %1: a contact with neither a name, an email nor a profile address; skipped.</source>
        <translation>Zeile %1: ein Kontakt ohne Namen, E-Mail-Adresse und Profiladresse; übersprungen.</translation>
    </message>
    <message>
        <source>The file holds no contacts.</source>
        <translation>Die Datei enthält keine Kontakte.</translation>
    </message>
    <message>
        <source>This file is not text, so it holds no contacts Consentric can read. Choose a CSV export (from LinkedIn, Google, Outlook or Thunderbird) or a vCard file (.vcf).</source>
        <translation>Diese Datei ist keine Textdatei und enthält daher keine Kontakte, die Consentric lesen kann. Wählen Sie einen CSV-Export (aus LinkedIn, Google, Outlook oder Thunderbird) oder eine vCard-Datei (.vcf).</translation>
    </message>
    <message>
        <source>Line %1: text outside BEGIN:VCARD and END:VCARD is ignored.</source>
        <translation>Zeile %1: Text außerhalb von BEGIN:VCARD und END:VCARD wird ignoriert.</translation>
    </message>
    <message>
        <source>Line %1: this contact has no BEGIN:VCARD; it was read up to its END:VCARD.</source>
        <translation>Zeile %1: Diesem Kontakt fehlt BEGIN:VCARD; er wurde bis zu seinem END:VCARD gelesen.</translation>
    </message>
    <message>
        <source>Line %1: END:VCARD without a contact to end; ignored.</source>
        <translation>Zeile %1: END:VCARD ohne einen Kontakt, der zu beenden wäre; ignoriert.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a vCard property; the line is ignored.</source>
        <translation>Zeile %1: „%2“ ist keine vCard-Eigenschaft; die Zeile wird ignoriert.</translation>
    </message>
    <message>
        <source>Line %1: the contact starting here has no END:VCARD; it was read up to the end of the file.</source>
        <translation>Zeile %1: Dem hier beginnenden Kontakt fehlt END:VCARD; er wurde bis zum Ende der Datei gelesen.</translation>
    </message>
    <message>
        <source>This file is not a vCard: it has no BEGIN:VCARD line. Choose a vCard file (.vcf) or a CSV export of contacts.</source>
        <translation>Diese Datei ist keine vCard: Sie enthält keine Zeile BEGIN:VCARD. Wählen Sie eine vCard-Datei (.vcf) oder einen CSV-Export von Kontakten.</translation>
    </message>
    <message numerus="yes">
        <source>Line %1: the contact starting here has %n more line(s) that are not vCard properties; they are ignored.</source>
        <translation>
            <numerusform>Zeile %1: Der hier beginnende Kontakt hat %n weitere Zeile, die keine vCard-Eigenschaft ist; sie wird ignoriert.</numerusform>
            <numerusform>Zeile %1: Der hier beginnende Kontakt hat %n weitere Zeilen, die keine vCard-Eigenschaften sind; sie werden ignoriert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 has more than %2 fields; only the first %2 were read.</source>
        <translation>Zeile %1 hat mehr als %2 Felder; nur die ersten %2 wurden gelesen.</translation>
    </message>
    <message>
        <source>Line %1 has a field longer than %2 characters; it was cut there.</source>
        <translation>Zeile %1 hat ein Feld mit mehr als %2 Zeichen; es wurde dort abgeschnitten.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is longer than %3 MB; it is ignored.</source>
        <translation>Zeile %1: „%2“ ist länger als %3 MB und wird ignoriert.</translation>
    </message>
    <message>
        <source>Line %1: the contact starting here has more than %2 properties; only the first %2 were read.</source>
        <translation>Zeile %1: Der hier beginnende Kontakt hat mehr als %2 Eigenschaften; nur die ersten %2 wurden gelesen.</translation>
    </message>
</context>
<context>
    <name>consentric::contacts::import::Importer</name>
    <message>
        <source>The file could not be read.</source>
        <translation>Die Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>A connection cannot be merged into itself.</source>
        <translation>Eine Verbindung kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
</context>
<context>
    <name>consentric::demo</name>
    <message>
        <source>This database already holds an organisation. The demo company needs a new, empty database: give another file.</source>
        <translation>Diese Datenbank enthält bereits eine Organisation. Die Demo-Firma braucht eine neue, leere Datenbank: Geben Sie eine andere Datei an.</translation>
    </message>
    <message>
        <source>Creating the demo company was cancelled; nothing was written.</source>
        <translation>Das Erstellen der Demo-Firma wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>counting companies</source>
        <translation>Zählen der Firmen</translation>
    </message>
    <message>
        <source>The demo&apos;s owner must exist before the policy is published.</source>
        <translation>Der Inhaber der Demo muss existieren, bevor die Richtlinie veröffentlicht wird.</translation>
    </message>
    <message>
        <source>The first version of our connection policy.</source>
        <translation>Die erste Version unserer Verbindungsrichtlinie.</translation>
    </message>
    <message>
        <source>Training: a session every quarter, decided at the annual review of 2025.</source>
        <translation>Schulung: eine Sitzung pro Quartal, beschlossen bei der jährlichen Überprüfung 2025.</translation>
    </message>
    <message>
        <source>reading the team</source>
        <translation>Lesen des Teams</translation>
    </message>
    <message>
        <source>The demo&apos;s owner must exist before a review is recorded.</source>
        <translation>Der Inhaber der Demo muss existieren, bevor eine Überprüfung erfasst wird.</translation>
    </message>
    <message>
        <source>The owner, the trusted person and %1 volunteers from the team</source>
        <translation>Der Inhaber, die Vertrauensperson und %1 Freiwillige aus dem Team</translation>
    </message>
    <message>
        <source>The whole policy, section by section, with the year&apos;s pulse results and concerns. Participation grew; felt pressure stayed low; two concerns asked for clearer guidance on conference contacts.</source>
        <translation>Die gesamte Richtlinie, Abschnitt für Abschnitt, mit den Ergebnissen der Pulsbefragungen und den Anliegen des Jahres. Die Teilnahme ist gestiegen; der empfundene Druck blieb gering; zwei Anliegen baten um klarere Hinweise zu Kontakten von Konferenzen.</translation>
    </message>
    <message>
        <source>Publish a new version in January: a training session every quarter. Keep every guardrail as it is.</source>
        <translation>Im Januar eine neue Version veröffentlichen: eine Schulung pro Quartal. Alle Schutzregeln bleiben unverändert.</translation>
    </message>
    <message>
        <source>Went through the pulse results, the concerns received and the referral figures of the quarter.</source>
        <translation>Ergebnisse der Pulsbefragung, eingegangene Anliegen und Empfehlungszahlen des Quartals durchgesehen.</translation>
    </message>
    <message>
        <source>reading the one-to-one members</source>
        <translation>Lesen der Mitglieder der Eins-zu-eins-Gespräche</translation>
    </message>
    <message>
        <source>The demo&apos;s do-not-pair lists need at least four one-to-one members besides Sam Rivera; there are %1.</source>
        <translation>Die Ausschlusslisten der Demo brauchen außer Sam Rivera mindestens vier Mitglieder der Eins-zu-eins-Gespräche; es sind %1.</translation>
    </message>
    <message>
        <source>The demo lost the account of a one-to-one attendee.</source>
        <translation>Die Demo hat das Konto einer Person verloren, die an einem Eins-zu-eins-Gespräch teilnimmt.</translation>
    </message>
    <message>
        <source>The demo&apos;s owner must exist before a one-to-one round is started.</source>
        <translation>Der Inhaber der Demo muss existieren, bevor eine Runde von Eins-zu-eins-Gesprächen gestartet wird.</translation>
    </message>
</context>
<context>
    <name>consentric::graph</name>
    <message>
        <source>The team&apos;s connectors are the owner&apos;s view; an employee sees their own figure.</source>
        <translation>Die Vermittler des Teams sind die Sicht des Inhabers; Mitarbeitende sehen ihren eigenen Wert.</translation>
    </message>
    <message>
        <source>An employee&apos;s own figure comes from their own network.</source>
        <translation>Der eigene Wert einer Person kommt aus ihrem eigenen Netzwerk.</translation>
    </message>
    <message>
        <source>This network is someone else&apos;s.</source>
        <translation>Dieses Netzwerk gehört jemand anderem.</translation>
    </message>
    <message>
        <source>Give the name of a company, for example “Acme Inc.”.</source>
        <translation>Geben Sie den Namen eines Unternehmens an, zum Beispiel „Acme Inc.“.</translation>
    </message>
    <message>
        <source>Nobody on the team can reach %1 yet: no one taking part has a discoverable or shared connection there.</source>
        <translation>Noch niemand im Team kann %1 erreichen: Keine teilnehmende Person hat dort eine auffindbare oder geteilte Verbindung.</translation>
    </message>
    <message>
        <source>People at %1 the team can reach within 2 hops: %2.</source>
        <translation>Personen bei %1, die das Team in 2 Schritten erreicht: %2.</translation>
    </message>
    <message>
        <source>Through shared connections, named below (ask the employee to introduce you): %1.</source>
        <translation>Über geteilte Verbindungen, unten genannt (bitten Sie die Person um eine Vorstellung): %1.</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>Das Team</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>Keine Abteilung</translation>
    </message>
    <message>
        <source>Not at a known company</source>
        <translation>Nicht bei einem bekannten Unternehmen</translation>
    </message>
    <message>
        <source>The map&apos;s positions could not be kept in %1: %2.</source>
        <translation>Die Positionen der Karte konnten nicht in %1 gespeichert werden: %2.</translation>
    </message>
</context>
<context>
    <name>consentric::graph::Snapshot</name>
    <message>
        <source>reading the team</source>
        <translation>beim Lesen des Teams</translation>
    </message>
    <message>
        <source>%1 is not the owner or an admin, so the team&apos;s network is not available. Sign in as the owner.</source>
        <translation>%1 ist weder Inhaber noch Admin, daher ist das Netzwerk des Teams nicht verfügbar. Melden Sie sich als Inhaber an.</translation>
    </message>
    <message>
        <source>reading the team&apos;s network</source>
        <translation>beim Lesen des Team-Netzwerks</translation>
    </message>
</context>
<context>
    <name>consentric::metrics</name>
    <message>
        <source>Only the owner or an admin can read the pulse results. Sign in as the owner.</source>
        <translation>Nur der Inhaber oder ein Admin kann die Ergebnisse der Pulsbefragung lesen. Melden Sie sich als Inhaber an.</translation>
    </message>
</context>
<context>
    <name>consentric::metrics::Metrics</name>
    <message>
        <source>reading the organisation</source>
        <translation>Lesen der Organisation</translation>
    </message>
    <message>
        <source>reading the team</source>
        <translation>Lesen des Teams</translation>
    </message>
    <message>
        <source>reading the consent ledger</source>
        <translation>Lesen des Einwilligungsregisters</translation>
    </message>
    <message>
        <source>counting sharing levels</source>
        <translation>Zählen der Freigabestufen</translation>
    </message>
    <message>
        <source>Only the owner or an admin can read the program&apos;s figures. Sign in as the owner.</source>
        <translation>Nur der Inhaber oder ein Admin kann die Zahlen des Programms lesen. Melden Sie sich als Inhaber an.</translation>
    </message>
    <message>
        <source>counting the program&apos;s figures</source>
        <translation>Berechnen der Zahlen des Programms</translation>
    </message>
    <message>
        <source>counting requests</source>
        <translation>Zählen der Anfragen</translation>
    </message>
    <message>
        <source>timing introductions</source>
        <translation>Messen der Zeit bis zur Vorstellung</translation>
    </message>
</context>
<context>
    <name>consentric::metrics::Pulse</name>
    <message>
        <source>reading the pulse</source>
        <translation>Lesen der Pulsbefragung</translation>
    </message>
    <message>
        <source>The pulse is for the team; the owner reads its results instead of answering it.</source>
        <translation>Die Pulsbefragung richtet sich an das Team; der Inhaber liest ihre Ergebnisse, statt sie zu beantworten.</translation>
    </message>
    <message>
        <source>Answer each of the three questions with a number from 1 to 5.</source>
        <translation>Beantworten Sie jede der drei Fragen mit einer Zahl von 1 bis 5.</translation>
    </message>
    <message>
        <source>The comment is %1 characters long; keep it under %2.</source>
        <translation>Der Kommentar ist %1 Zeichen lang; er muss kürzer als %2 Zeichen sein.</translation>
    </message>
    <message>
        <source>You have already answered the pulse for %1. Thank you; the next one opens next quarter.</source>
        <translation>Sie haben die Pulsbefragung für %1 bereits beantwortet. Vielen Dank; die nächste beginnt im nächsten Quartal.</translation>
    </message>
    <message>
        <source>recording that you answered</source>
        <translation>Vermerken Ihrer Teilnahme</translation>
    </message>
    <message>
        <source>storing your answer</source>
        <translation>Speichern Ihrer Antwort</translation>
    </message>
    <message>
        <source>reading the pulse comments</source>
        <translation>Lesen der Kommentare zur Pulsbefragung</translation>
    </message>
</context>
<context>
    <name>consentric::metrics::RangeCount</name>
    <message>
        <source>fewer than 3 a month</source>
        <translation>weniger als 3 pro Monat</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
</context>
<context>
    <name>consentric::oneonones</name>
    <message>
        <source>Every week</source>
        <translation>Jede Woche</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Alle zwei Wochen</translation>
    </message>
    <message>
        <source>Every four weeks</source>
        <translation>Alle vier Wochen</translation>
    </message>
    <message>
        <source>Only the owner or an admin can arrange one-to-one rounds. Sign in as the owner.</source>
        <translation>Nur der Inhaber oder ein Admin kann Runden von Eins-zu-eins-Gesprächen organisieren. Melden Sie sich als Inhaber an.</translation>
    </message>
    <message>
        <source>What does a good week look like in your part of the business?</source>
        <translation>Wie sieht eine gute Woche in Ihrem Bereich des Unternehmens aus?</translation>
    </message>
    <message>
        <source>What is something your team does that the rest of us rarely see?</source>
        <translation>Was macht Ihr Team, das wir anderen nur selten zu sehen bekommen?</translation>
    </message>
    <message>
        <source>What did you work on before you came here, and what do you miss from it?</source>
        <translation>Woran haben Sie gearbeitet, bevor Sie hierherkamen, und was vermissen Sie davon?</translation>
    </message>
    <message>
        <source>Which problem would you solve for the whole business if you had a free month?</source>
        <translation>Welches Problem würden Sie für das ganze Unternehmen lösen, wenn Sie einen Monat frei hätten?</translation>
    </message>
    <message>
        <source>What have you learnt recently, at work or outside it?</source>
        <translation>Was haben Sie in letzter Zeit gelernt, bei der Arbeit oder außerhalb?</translation>
    </message>
    <message>
        <source>Who helped you most in your first weeks here, and how?</source>
        <translation>Wer hat Ihnen in Ihren ersten Wochen hier am meisten geholfen, und wie?</translation>
    </message>
    <message>
        <source>What question do customers ask you most often?</source>
        <translation>Welche Frage stellen Ihnen Kunden am häufigsten?</translation>
    </message>
    <message>
        <source>What would make working across our departments easier?</source>
        <translation>Was würde die Zusammenarbeit über unsere Abteilungen hinweg erleichtern?</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <translation>%1, %2 und %3</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Only the owner or an admin can see the one-to-one overview. Sign in as the owner.</source>
        <translation>Nur der Inhaber oder ein Admin kann die Übersicht der Eins-zu-eins-Gespräche sehen. Melden Sie sich als Inhaber an.</translation>
    </message>
</context>
<context>
    <name>consentric::oneonones::Members</name>
    <message>
        <source>This account has been closed, so it cannot take part in one-to-ones.</source>
        <translation>Dieses Konto wurde geschlossen und kann daher nicht an Eins-zu-eins-Gesprächen teilnehmen.</translation>
    </message>
    <message>
        <source>You are not in the one-to-one program. Join it first on the One-to-ones page.</source>
        <translation>Sie nehmen nicht an den Eins-zu-eins-Gesprächen teil. Treten Sie zuerst auf der Seite „Eins-zu-eins-Gespräche“ bei.</translation>
    </message>
    <message>
        <source>reading your one-to-one settings</source>
        <translation>Lesen Ihrer Einstellungen für Eins-zu-eins-Gespräche</translation>
    </message>
    <message>
        <source>Choose at least one working day, and working hours at least 30 minutes long (the start before the end).</source>
        <translation>Wählen Sie mindestens einen Arbeitstag und eine Arbeitszeit von mindestens 30 Minuten (der Beginn vor dem Ende).</translation>
    </message>
    <message>
        <source>joining the one-to-ones</source>
        <translation>Beitreten zu den Eins-zu-eins-Gesprächen</translation>
    </message>
    <message>
        <source>leaving the one-to-ones</source>
        <translation>Verlassen der Eins-zu-eins-Gespräche</translation>
    </message>
    <message>
        <source>saving your one-to-one settings</source>
        <translation>Speichern Ihrer Einstellungen für Eins-zu-eins-Gespräche</translation>
    </message>
    <message>
        <source>Choose a day after today to snooze until, or end the snooze.</source>
        <translation>Wählen Sie einen Tag nach heute, bis zu dem pausiert werden soll, oder beenden Sie die Pause.</translation>
    </message>
    <message>
        <source>Snooze for at most a year; to stop for longer, leave the one-to-ones (you can join again at any time).</source>
        <translation>Pausieren Sie höchstens ein Jahr; um länger auszusetzen, verlassen Sie die Eins-zu-eins-Gespräche (Sie können jederzeit wieder beitreten).</translation>
    </message>
    <message>
        <source>snoozing your one-to-ones</source>
        <translation>Pausieren Ihrer Eins-zu-eins-Gespräche</translation>
    </message>
    <message>
        <source>saving your answer</source>
        <translation>Speichern Ihrer Antwort</translation>
    </message>
    <message>
        <source>reading your do-not-pair list</source>
        <translation>Lesen Ihrer Ausschlussliste</translation>
    </message>
    <message>
        <source>Your do-not-pair list could not be opened: %1</source>
        <translation>Ihre Ausschlussliste konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>You cannot put yourself on your own do-not-pair list.</source>
        <translation>Sie können sich nicht selbst auf Ihre eigene Ausschlussliste setzen.</translation>
    </message>
    <message>
        <source>A do-not-pair list holds at most %1 colleagues.</source>
        <translation>Eine Ausschlussliste umfasst höchstens %1 Kolleginnen und Kollegen.</translation>
    </message>
    <message>
        <source>reading the team</source>
        <translation>Lesen des Teams</translation>
    </message>
    <message>
        <source>One of the colleagues chosen is no longer in the team. Open the list again and choose once more.</source>
        <translation>Eine der gewählten Personen ist nicht mehr im Team. Öffnen Sie die Liste erneut und wählen Sie noch einmal.</translation>
    </message>
    <message>
        <source>changing your do-not-pair list</source>
        <translation>Ändern Ihrer Ausschlussliste</translation>
    </message>
    <message>
        <source>saving your do-not-pair list</source>
        <translation>Speichern Ihrer Ausschlussliste</translation>
    </message>
    <message>
        <source>reading the pairing key</source>
        <translation>Lesen des Paarungsschlüssels</translation>
    </message>
    <message>
        <source>making the pairing key</source>
        <translation>Erzeugen des Paarungsschlüssels</translation>
    </message>
    <message>
        <source>reading the do-not-pair tokens</source>
        <translation>Lesen der Ausschluss-Token</translation>
    </message>
    <message>
        <source>reading your one-to-ones</source>
        <translation>Lesen Ihrer Eins-zu-eins-Gespräche</translation>
    </message>
    <message>
        <source>pausing your one-to-ones</source>
        <translation>Anhalten Ihrer Eins-zu-eins-Gespräche</translation>
    </message>
    <message>
        <source>The owner and admins arrange the one-to-one rounds and do not take part in them. Sign in as an employee to join.</source>
        <translation>Der Inhaber und die Administratoren planen die Runden der Eins-zu-eins-Gespräche und nehmen nicht selbst daran teil. Melden Sie sich als Mitarbeiter an, um teilzunehmen.</translation>
    </message>
</context>
<context>
    <name>consentric::oneonones::Overview</name>
    <message>
        <source>Choose a period whose end is not before its start.</source>
        <translation>Wählen Sie einen Zeitraum, dessen Ende nicht vor seinem Beginn liegt.</translation>
    </message>
    <message>
        <source>reading departments</source>
        <translation>Lesen der Abteilungen</translation>
    </message>
    <message>
        <source>reading one-to-ones</source>
        <translation>Lesen der Eins-zu-eins-Gespräche</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>Keine Abteilung</translation>
    </message>
    <message>
        <source>reading the team</source>
        <translation>Lesen des Teams</translation>
    </message>
    <message>
        <source>reading the one-to-one members</source>
        <translation>Lesen der Mitglieder der Eins-zu-eins-Gespräche</translation>
    </message>
    <message>
        <source>reading rounds</source>
        <translation>Lesen der Runden</translation>
    </message>
</context>
<context>
    <name>consentric::oneonones::Rounds</name>
    <message>
        <source>reading the organisation</source>
        <translation>Lesen der Organisation</translation>
    </message>
    <message>
        <source>Choose a date for the round.</source>
        <translation>Wählen Sie ein Datum für die Runde.</translation>
    </message>
    <message>
        <source>%1 is in the past. A round arranges meetings from its date on: choose today or a later day.</source>
        <translation>%1 liegt in der Vergangenheit. Eine Runde plant Treffen ab ihrem Datum: Wählen Sie heute oder einen späteren Tag.</translation>
    </message>
    <message>
        <source>%1 is more than a year away. Choose a date within the next year.</source>
        <translation>%1 liegt mehr als ein Jahr in der Zukunft. Wählen Sie ein Datum innerhalb des nächsten Jahres.</translation>
    </message>
    <message>
        <source>reading the one-to-one members</source>
        <translation>Lesen der Mitglieder der Eins-zu-eins-Gespräche</translation>
    </message>
    <message>
        <source>reading earlier one-to-ones</source>
        <translation>Lesen früherer Eins-zu-eins-Gespräche</translation>
    </message>
    <message>
        <source>None of the %1 people due on %2 may be paired: do-not-pair lists and last rounds&apos; partners rule out every pair. Nothing was written; try again when more colleagues are due.</source>
        <translation>Keine der %1 Personen, die am %2 fällig sind, darf zusammengebracht werden: Ausschlusslisten und die Partner der letzten Runden schließen jedes Paar aus. Es wurde nichts geschrieben; versuchen Sie es erneut, wenn mehr Kolleginnen und Kollegen fällig sind.</translation>
    </message>
    <message>
        <source>reading earlier rounds</source>
        <translation>Lesen früherer Runden</translation>
    </message>
    <message>
        <source>No pair due on %1 has a free half hour in common within four weeks of it. Check the members&apos; working hours, or choose another date. Nothing was written.</source>
        <translation>Kein am %1 fälliges Paar hat innerhalb der vier Wochen danach eine gemeinsame freie halbe Stunde. Prüfen Sie die Arbeitszeiten der Mitglieder, oder wählen Sie ein anderes Datum. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>storing the round</source>
        <translation>Speichern der Runde</translation>
    </message>
    <message>
        <source>storing a meeting</source>
        <translation>Speichern eines Treffens</translation>
    </message>
    <message>
        <source>reading one-to-ones</source>
        <translation>Lesen der Eins-zu-eins-Gespräche</translation>
    </message>
    <message>
        <source>reading rounds</source>
        <translation>Lesen der Runden</translation>
    </message>
    <message>
        <source>reading your one-to-ones</source>
        <translation>Lesen Ihrer Eins-zu-eins-Gespräche</translation>
    </message>
    <message>
        <source>Your notes on a one-to-one could not be opened: %1</source>
        <translation>Ihre Notizen zu einem Eins-zu-eins-Gespräch konnten nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Mark the one-to-one as held or as skipped.</source>
        <translation>Markieren Sie das Eins-zu-eins-Gespräch als stattgefunden oder als ausgefallen.</translation>
    </message>
    <message>
        <source>The notes are %1 characters long; keep them under %2.</source>
        <translation>Die Notizen sind %1 Zeichen lang; bleiben Sie unter %2.</translation>
    </message>
    <message>
        <source>reading your one-to-one</source>
        <translation>Lesen Ihres Eins-zu-eins-Gesprächs</translation>
    </message>
    <message>
        <source>This one-to-one is not one of yours, or it no longer exists. Reload the page.</source>
        <translation>Dieses Eins-zu-eins-Gespräch gehört nicht zu Ihren, oder es existiert nicht mehr. Laden Sie die Seite neu.</translation>
    </message>
    <message>
        <source>This one-to-one is on %1. Mark it once its time has come.</source>
        <translation>Dieses Eins-zu-eins-Gespräch findet am %1 statt. Markieren Sie es, sobald es so weit ist.</translation>
    </message>
    <message>
        <source>saving your mark</source>
        <translation>Speichern Ihrer Markierung</translation>
    </message>
    <message>
        <source>reading the owner</source>
        <translation>Lesen des Inhabers</translation>
    </message>
    <message>
        <source>One-to-one: %1</source>
        <translation>Eins-zu-eins-Gespräch: %1</translation>
    </message>
    <message>
        <source>Half an hour to get to know a colleague from another part of the business, arranged by the one-to-one program. If the time does not suit you, agree on another. Afterwards, mark it held or skipped in Consentric; no reason is asked.</source>
        <translation>Eine halbe Stunde, um eine Kollegin oder einen Kollegen aus einem anderen Bereich des Unternehmens kennenzulernen, organisiert vom Programm für Eins-zu-eins-Gespräche. Wenn Ihnen der Termin nicht passt, vereinbaren Sie einen anderen. Markieren Sie das Gespräch danach in Consentric als stattgefunden oder ausgefallen; nach Gründen wird nicht gefragt.</translation>
    </message>
    <message>
        <source>The folder %1 could not be made. Choose a folder you may write to.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>The invitation %1 could not be written: %2. Check the folder and the free space, then try again.</source>
        <translation>Die Einladung %1 konnte nicht geschrieben werden: %2. Prüfen Sie den Ordner und den freien Speicherplatz, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Fewer than two people are due for a one-to-one on %1, and a meeting needs two. Due: %2. In the one-to-one program: %3; snoozed: %4; paused after skipping: %5; last round too recent for their cadence: %6. Choose a later date, or invite colleagues to join.</source>
        <translation>Am %1 ist für weniger als zwei Personen ein Eins-zu-eins-Gespräch fällig, und ein Treffen braucht zwei. Fällig: %2. Im Programm: %3; pausiert: %4; nach Ausfällen angehalten: %5; letzte Runde zu kurz her für ihren Rhythmus: %6. Wählen Sie ein späteres Datum oder laden Sie Kolleginnen und Kollegen zur Teilnahme ein.</translation>
    </message>
</context>
<context>
    <name>consentric::policy</name>
    <message>
        <source>Only the owner or an admin can edit and publish the connection policy. Sign in as the owner.</source>
        <translation>Nur der Inhaber oder ein Admin kann die Verbindungsrichtlinie bearbeiten und veröffentlichen. Melden Sie sich als Inhaber an.</translation>
    </message>
    <message>
        <source>written</source>
        <translation>verfasst</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>annual review</source>
        <translation>jährliche Überprüfung</translation>
    </message>
    <message>
        <source>quarterly review</source>
        <translation>vierteljährliche Überprüfung</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>anstehend</translation>
    </message>
    <message>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
</context>
<context>
    <name>consentric::policy::PolicyStore</name>
    <message>
        <source>reading the policy versions</source>
        <translation>Lesen der Richtlinienversionen</translation>
    </message>
    <message>
        <source>reading the policy draft</source>
        <translation>Lesen des Richtlinienentwurfs</translation>
    </message>
    <message>
        <source>Each policy section needs its own key; “%1” is empty or used twice.</source>
        <translation>Jeder Abschnitt der Richtlinie braucht einen eigenen Schlüssel; „%1“ ist leer oder doppelt vergeben.</translation>
    </message>
    <message>
        <source>The section “%1” has no title. Give it one, or remove the section.</source>
        <translation>Der Abschnitt „%1“ hat keinen Titel. Geben Sie ihm einen, oder entfernen Sie den Abschnitt.</translation>
    </message>
    <message>
        <source>saving the policy draft</source>
        <translation>Speichern des Richtlinienentwurfs</translation>
    </message>
    <message>
        <source>The draft is the same as version %1, so there is nothing to publish. Change a section first.</source>
        <translation>Der Entwurf ist identisch mit Version %1, es gibt also nichts zu veröffentlichen. Ändern Sie zuerst einen Abschnitt.</translation>
    </message>
    <message>
        <source>publishing the policy</source>
        <translation>Veröffentlichen der Richtlinie</translation>
    </message>
    <message>
        <source>reading the consent ledger</source>
        <translation>Lesen des Einwilligungsregisters</translation>
    </message>
    <message>
        <source>counting acknowledgements</source>
        <translation>Zählen der Bestätigungen</translation>
    </message>
</context>
<context>
    <name>consentric::policy::Reviews</name>
    <message>
        <source>Only the owner or an admin records a policy review. Sign in as the owner.</source>
        <translation>Nur der Inhaber oder ein Admin erfasst eine Richtlinienüberprüfung. Melden Sie sich als Inhaber an.</translation>
    </message>
    <message>
        <source>Give the date the review was held; it cannot be in the future.</source>
        <translation>Geben Sie das Datum an, an dem die Überprüfung stattfand; es darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>An annual review covers a year, such as 2026.</source>
        <translation>Eine jährliche Überprüfung umfasst ein Jahr, zum Beispiel 2026.</translation>
    </message>
    <message>
        <source>A quarterly review covers a quarter, such as 2026-Q3.</source>
        <translation>Eine vierteljährliche Überprüfung umfasst ein Quartal, zum Beispiel 2026-Q3.</translation>
    </message>
    <message>
        <source>Write down what the review found or decided: the notes, the changes, or both.</source>
        <translation>Halten Sie fest, was die Überprüfung ergeben oder beschlossen hat: die Notizen, die Änderungen oder beides.</translation>
    </message>
    <message>
        <source>reading the reviews</source>
        <translation>Lesen der Überprüfungen</translation>
    </message>
    <message>
        <source>The %1 for %2 is already recorded.</source>
        <translation>Die %1 für %2 ist bereits erfasst.</translation>
    </message>
    <message>
        <source>recording the review</source>
        <translation>Erfassen der Überprüfung</translation>
    </message>
    <message>
        <source>reading the organisation</source>
        <translation>Lesen der Organisation</translation>
    </message>
</context>
<context>
    <name>consentric::referrals</name>
    <message>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>hire</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>introduction sent</source>
        <translation>Vorstellung gesendet</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>closed — no introduction</source>
        <translation>geschlossen — keine Vorstellung</translation>
    </message>
    <message>
        <source>won</source>
        <translation>gewonnen</translation>
    </message>
    <message>
        <source>hired</source>
        <translation>eingestellt</translation>
    </message>
    <message>
        <source>partnered</source>
        <translation>Partnerschaft geschlossen</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>kein Ergebnis</translation>
    </message>
    <message>
        <source>makes the introduction</source>
        <translation>übernimmt die Vorstellung</translation>
    </message>
    <message>
        <source>name may be mentioned</source>
        <translation>Name darf genannt werden</translation>
    </message>
    <message>
        <source>waiting for your answer</source>
        <translation>wartet auf Ihre Antwort</translation>
    </message>
    <message>
        <source>you accepted</source>
        <translation>von Ihnen angenommen</translation>
    </message>
    <message>
        <source>you declined</source>
        <translation>von Ihnen abgelehnt</translation>
    </message>
    <message>
        <source>expired without an answer</source>
        <translation>ohne Antwort abgelaufen</translation>
    </message>
    <message>
        <source>taken by a colleague</source>
        <translation>von einer Kollegin oder einem Kollegen übernommen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Only the owner or an admin can manage targets and requests. Sign in as the owner.</source>
        <translation>Nur der Inhaber oder ein Admin kann Ziele und Anfragen verwalten. Melden Sie sich als Inhaber an.</translation>
    </message>
    <message>
        <source>counting open requests</source>
        <translation>Zählen der offenen Anfragen</translation>
    </message>
    <message>
        <source>checking the cool-down</source>
        <translation>Prüfen der Wartezeit</translation>
    </message>
    <message>
        <source>You already accepted this request; nothing more to answer.</source>
        <translation>Sie haben diese Anfrage bereits angenommen; es gibt nichts mehr zu beantworten.</translation>
    </message>
    <message>
        <source>You already declined this request. If you changed your mind, tell the owner yourself.</source>
        <translation>Sie haben diese Anfrage bereits abgelehnt. Falls Sie es sich anders überlegt haben, sagen Sie es dem Inhaber bitte selbst.</translation>
    </message>
    <message>
        <source>This request expired on %1 and is closed; nothing more to do.</source>
        <translation>Diese Anfrage ist am %1 abgelaufen und geschlossen; es ist nichts mehr zu tun.</translation>
    </message>
    <message>
        <source>A colleague already took this request, so it is closed for you. Thank you all the same.</source>
        <translation>Eine Kollegin oder ein Kollege hat diese Anfrage bereits übernommen, daher ist sie für Sie geschlossen. Trotzdem vielen Dank.</translation>
    </message>
    <message>
        <source>This request was cancelled (you left the program), so it cannot be answered.</source>
        <translation>Diese Anfrage wurde abgebrochen (Sie haben Ihre Teilnahme am Programm beendet) und kann daher nicht beantwortet werden.</translation>
    </message>
    <message>
        <source>This request is already closed; nothing more to do.</source>
        <translation>Diese Anfrage ist bereits geschlossen; es ist nichts mehr zu tun.</translation>
    </message>
    <message>
        <source>received</source>
        <translation>eingegangen</translation>
    </message>
    <message>
        <source>being handled</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>erledigt</translation>
    </message>
</context>
<context>
    <name>consentric::referrals::Concerns</name>
    <message>
        <source>No trusted person has been designated yet. Send the concern to the owner, or ask the owner to designate one.</source>
        <translation>Es wurde noch keine Vertrauensperson benannt. Senden Sie das Anliegen an den Inhaber, oder bitten Sie den Inhaber, eine Vertrauensperson zu benennen.</translation>
    </message>
    <message>
        <source>finding the owner</source>
        <translation>Suchen des Inhabers</translation>
    </message>
    <message>
        <source>This organisation has no owner account to receive a concern.</source>
        <translation>Diese Organisation hat kein Inhaberkonto, das ein Anliegen empfangen könnte.</translation>
    </message>
    <message>
        <source>finding who receives concerns</source>
        <translation>Suchen der Person, die Anliegen empfängt</translation>
    </message>
    <message>
        <source>reading your concerns</source>
        <translation>Lesen Ihrer Anliegen</translation>
    </message>
    <message>
        <source>Write what happened, in your own words, then send the concern.</source>
        <translation>Schreiben Sie mit Ihren eigenen Worten, was passiert ist, und senden Sie dann das Anliegen.</translation>
    </message>
    <message>
        <source>The concern is longer than %1 characters; shorten it, or give the details in person.</source>
        <translation>Das Anliegen ist länger als %1 Zeichen; kürzen Sie es, oder schildern Sie die Einzelheiten persönlich.</translation>
    </message>
    <message>
        <source>You would be sending this concern to yourself. Choose the other recipient.</source>
        <translation>Sie würden dieses Anliegen an sich selbst senden. Wählen Sie die andere Empfangsperson.</translation>
    </message>
    <message>
        <source>finding the recipient&apos;s key</source>
        <translation>Suchen des Schlüssels der Empfangsperson</translation>
    </message>
    <message>
        <source>The recipient has not signed in since Consentric was updated, so a concern cannot be sealed to them yet. Choose the other recipient, or try again after they sign in.</source>
        <translation>Die Empfangsperson hat sich seit der Aktualisierung von Consentric nicht angemeldet, daher kann noch kein Anliegen für sie versiegelt werden. Wählen Sie die andere Empfangsperson, oder versuchen Sie es erneut, nachdem sie sich angemeldet hat.</translation>
    </message>
    <message>
        <source>sending the concern</source>
        <translation>Senden des Anliegens</translation>
    </message>
    <message>
        <source>keeping your receipt</source>
        <translation>Aufbewahren Ihrer Empfangsbestätigung</translation>
    </message>
    <message>
        <source>reading concerns</source>
        <translation>Lesen der Anliegen</translation>
    </message>
    <message>
        <source>Concern %1 does not open with your key; it may have been altered. Nothing else was affected.</source>
        <translation>Das Anliegen %1 lässt sich mit Ihrem Schlüssel nicht öffnen; es wurde möglicherweise verändert. Sonst ist nichts betroffen.</translation>
    </message>
    <message>
        <source>changing the concern&apos;s status</source>
        <translation>Ändern des Status des Anliegens</translation>
    </message>
    <message>
        <source>Only the person a concern was sent to can change its status.</source>
        <translation>Nur die Person, an die ein Anliegen gesendet wurde, kann seinen Status ändern.</translation>
    </message>
    <message>
        <source>counting concerns</source>
        <translation>Zählen der Anliegen</translation>
    </message>
</context>
<context>
    <name>consentric::referrals::DoNotContact</name>
    <message>
        <source>reading the connection</source>
        <translation>Lesen der Verbindung</translation>
    </message>
    <message>
        <source>That connection no longer exists.</source>
        <translation>Diese Verbindung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Only the employee whose connection it is can put this person on the do-not-contact list.</source>
        <translation>Nur die Person, zu deren Verbindungen dieser Kontakt gehört, kann ihn auf die Kontaktsperrliste setzen.</translation>
    </message>
    <message>
        <source>The owner and admins do not hold the team&apos;s pseudonym key, so a contact of theirs cannot go on the do-not-contact list. Note the person&apos;s wish yourself, and do not ask the team about them.</source>
        <translation>Der Inhaber und die Admins haben den Pseudonym-Schlüssel des Teams nicht, daher kann ein Kontakt von ihnen nicht auf die Kontaktsperrliste gesetzt werden. Vermerken Sie den Wunsch der Person selbst, und fragen Sie das Team nicht nach ihr.</translation>
    </message>
    <message>
        <source>This person cannot be put on the do-not-contact list yet: the team&apos;s pseudonym key has not reached this account. Ask the employee whose connection it is to sign in once, then try again.</source>
        <translation>Diese Person kann noch nicht auf die Kontaktsperrliste gesetzt werden: Der Pseudonym-Schlüssel des Teams ist noch nicht bei diesem Konto angekommen. Bitten Sie die Person, zu deren Verbindungen der Kontakt gehört, sich einmal anzumelden, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>updating the do-not-contact list</source>
        <translation>Aktualisieren der Kontaktsperrliste</translation>
    </message>
    <message>
        <source>reading the do-not-contact list</source>
        <translation>Lesen der Kontaktsperrliste</translation>
    </message>
</context>
<context>
    <name>consentric::referrals::Guardrails</name>
    <message>
        <source>reading the referral guardrails</source>
        <translation>Lesen der Schutzregeln für Empfehlungen</translation>
    </message>
    <message>
        <source>Open requests per employee must be between %1 and %2 (you asked for %3): nobody may be asked more than that at once.</source>
        <translation>Die Zahl gleichzeitig offener Anfragen pro Person muss zwischen %1 und %2 liegen (Sie haben %3 angegeben): Niemand darf gleichzeitig öfter gefragt werden.</translation>
    </message>
    <message>
        <source>The wait after a request ends without an introduction must be between %1 and %2 days (you asked for %3).</source>
        <translation>Die Wartezeit, nachdem eine Anfrage ohne Vorstellung geendet hat, muss zwischen %1 und %2 Tagen liegen (Sie haben %3 angegeben).</translation>
    </message>
    <message>
        <source>Requests must expire after between %1 and %2 days (you asked for %3).</source>
        <translation>Anfragen müssen nach %1 bis %2 Tagen ablaufen (Sie haben %3 angegeben).</translation>
    </message>
    <message>
        <source>Only the owner or an admin can change the referral guardrails.</source>
        <translation>Nur der Inhaber oder ein Admin kann die Schutzregeln für Empfehlungen ändern.</translation>
    </message>
    <message>
        <source>checking the trusted person</source>
        <translation>Prüfen der Vertrauensperson</translation>
    </message>
    <message>
        <source>The trusted person for concerns must be an active member of the team. Choose someone else.</source>
        <translation>Die Vertrauensperson für Anliegen muss ein aktives Teammitglied sein. Wählen Sie eine andere Person.</translation>
    </message>
    <message>
        <source>changing the referral guardrails</source>
        <translation>Ändern der Schutzregeln für Empfehlungen</translation>
    </message>
</context>
<context>
    <name>consentric::referrals::Inbox</name>
    <message>
        <source>reading your inbox</source>
        <translation>Lesen Ihres Posteingangs</translation>
    </message>
    <message>
        <source>This request was not sent to you, or it no longer exists.</source>
        <translation>Diese Anfrage wurde nicht an Sie gesendet, oder es gibt sie nicht mehr.</translation>
    </message>
    <message>
        <source>finding your connections there</source>
        <translation>Suchen Ihrer Verbindungen dort</translation>
    </message>
    <message>
        <source>recording the step</source>
        <translation>Erfassen des Schritts</translation>
    </message>
    <message>
        <source>Choose one of your own connections at %1 that you shared (and who has not asked not to be contacted).</source>
        <translation>Wählen Sie eine Ihrer eigenen Verbindungen bei %1, die Sie geteilt haben (und die nicht darum gebeten hat, nicht kontaktiert zu werden).</translation>
    </message>
    <message>
        <source>accepting the request</source>
        <translation>Annehmen der Anfrage</translation>
    </message>
    <message>
        <source>A colleague accepted this request a moment ago, so it is closed for you. Thank you all the same.</source>
        <translation>Eine Kollegin oder ein Kollege hat diese Anfrage gerade angenommen, daher ist sie für Sie geschlossen. Trotzdem vielen Dank.</translation>
    </message>
    <message>
        <source>declining the request</source>
        <translation>Ablehnen der Anfrage</translation>
    </message>
    <message>
        <source>Only a request you accepted, and have not marked yet, can be marked “introduction sent”.</source>
        <translation>Nur eine Anfrage, die Sie angenommen und noch nicht markiert haben, kann als „Vorstellung gesendet“ markiert werden.</translation>
    </message>
    <message>
        <source>You offered to have your name mentioned, so the business makes this approach itself; there is no introduction to mark.</source>
        <translation>Sie haben angeboten, dass Ihr Name genannt werden darf, daher nimmt das Unternehmen den Kontakt selbst auf; es gibt keine Vorstellung zu markieren.</translation>
    </message>
    <message>
        <source>marking the introduction sent</source>
        <translation>Markieren der Vorstellung als gesendet</translation>
    </message>
    <message>
        <source>The owner already recorded a later step, so “introduction sent” stays as it is.</source>
        <translation>Der Inhaber hat bereits einen späteren Schritt erfasst, daher bleibt „Vorstellung gesendet“ unverändert.</translation>
    </message>
    <message>
        <source>taking back “introduction sent”</source>
        <translation>Zurücknehmen von „Vorstellung gesendet“</translation>
    </message>
    <message>
        <source>Only the colleague who made this introduction can record that the person said no.</source>
        <translation>Nur die Person, die diese Vorstellung übernommen hat, kann erfassen, dass der Kontakt abgelehnt hat.</translation>
    </message>
    <message>
        <source>recording the answer</source>
        <translation>Erfassen der Antwort</translation>
    </message>
</context>
<context>
    <name>consentric::referrals::Pipeline</name>
    <message>
        <source>Only the owner or an admin records meetings and outcomes.</source>
        <translation>Nur der Inhaber oder ein Admin erfasst Treffen und Ergebnisse.</translation>
    </message>
    <message>
        <source>reading the request</source>
        <translation>Lesen der Anfrage</translation>
    </message>
    <message>
        <source>That request no longer exists.</source>
        <translation>Diese Anfrage gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>recording the step</source>
        <translation>Erfassen des Schritts</translation>
    </message>
    <message>
        <source>A meeting can be recorded once the introduction was sent (or, when the employee offered their name, once they accepted). This request is “%1”.</source>
        <translation>Ein Treffen kann erfasst werden, sobald die Vorstellung gesendet wurde (oder, wenn die Person angeboten hat, dass ihr Name genannt werden darf, sobald sie angenommen hat). Diese Anfrage hat den Status „%1“.</translation>
    </message>
    <message>
        <source>Give the date the meeting took place (today or earlier).</source>
        <translation>Geben Sie das Datum an, an dem das Treffen stattfand (heute oder früher).</translation>
    </message>
    <message>
        <source>An outcome can be recorded after a request was accepted; this request is “%1”.</source>
        <translation>Ein Ergebnis kann erfasst werden, nachdem eine Anfrage angenommen wurde; diese Anfrage hat den Status „%1“.</translation>
    </message>
    <message>
        <source>Give the date of the outcome (today or earlier).</source>
        <translation>Geben Sie das Datum des Ergebnisses an (heute oder früher).</translation>
    </message>
    <message>
        <source>This request changed since (now “%1”), so the step cannot be taken back.</source>
        <translation>Diese Anfrage hat sich inzwischen geändert (jetzt „%1“), daher kann der Schritt nicht zurückgenommen werden.</translation>
    </message>
    <message>
        <source>Only meetings and outcomes can be taken back here.</source>
        <translation>Hier können nur Treffen und Ergebnisse zurückgenommen werden.</translation>
    </message>
</context>
<context>
    <name>consentric::referrals::Recognition</name>
    <message>
        <source>counting your points</source>
        <translation>Zählen Ihrer Punkte</translation>
    </message>
    <message>
        <source>reading the recognition list</source>
        <translation>Lesen der Anerkennungsliste</translation>
    </message>
    <message>
        <source>changing the recognition list</source>
        <translation>Ändern der Anerkennungsliste</translation>
    </message>
</context>
<context>
    <name>consentric::referrals::Referrals</name>
    <message>
        <source>closing expired requests</source>
        <translation>Schließen abgelaufener Anfragen</translation>
    </message>
    <message>
        <source>Say why the business would like this introduction: the employee reads the reason before deciding.</source>
        <translation>Geben Sie an, warum das Unternehmen sich diese Vorstellung wünscht: Die Mitarbeitenden lesen die Begründung, bevor sie entscheiden.</translation>
    </message>
    <message>
        <source>reading the shared connection</source>
        <translation>Lesen der geteilten Verbindung</translation>
    </message>
    <message>
        <source>That connection is not shared with the business (any more), so it cannot be a target. Choose a company instead: the team will be asked.</source>
        <translation>Diese Verbindung ist (nicht mehr) mit dem Unternehmen geteilt und kann daher kein Ziel sein. Wählen Sie stattdessen ein Unternehmen: Dann wird das Team gefragt.</translation>
    </message>
    <message>
        <source>Name the company the business would like to reach.</source>
        <translation>Nennen Sie die Firma, die das Unternehmen erreichen möchte.</translation>
    </message>
    <message>
        <source>adding a target</source>
        <translation>Hinzufügen eines Ziels</translation>
    </message>
    <message>
        <source>reading the targets</source>
        <translation>Lesen der Ziele</translation>
    </message>
    <message>
        <source>%1 already has as many open requests as the program allows (%2). Try again when one of them closes.</source>
        <translation>%1 hat bereits so viele offene Anfragen, wie das Programm erlaubt (%2). Versuchen Sie es erneut, wenn eine davon geschlossen ist.</translation>
    </message>
    <message>
        <source>%1 was asked about this target recently and no introduction came of it. The program waits %2 days before asking them again: you can send this request from %3.</source>
        <translation>%1 wurde vor Kurzem zu diesem Ziel gefragt, und daraus ist keine Vorstellung entstanden. Das Programm wartet %2 Tage, bevor erneut gefragt wird: Sie können diese Anfrage ab dem %3 senden.</translation>
    </message>
    <message>
        <source>finding who can help</source>
        <translation>Suchen von Personen, die helfen können</translation>
    </message>
    <message>
        <source>Everyone the team can reach at %1 asked not to be contacted again (they are on the do-not-contact list), so no request was sent. Choose another target.</source>
        <translation>Alle, die das Team bei %1 erreichen kann, haben darum gebeten, nicht mehr kontaktiert zu werden (sie stehen auf der Kontaktsperrliste), daher wurde keine Anfrage gesendet. Wählen Sie ein anderes Ziel.</translation>
    </message>
    <message>
        <source>Nobody on the team can reach %1 through a connection they chose to share, so there is nobody to ask. Look for another way in on the Discover page, or choose another target.</source>
        <translation>Niemand im Team erreicht %1 über eine Verbindung, die geteilt wurde, daher gibt es niemanden zu fragen. Suchen Sie auf der Seite „Entdecken“ nach einem anderen Weg, oder wählen Sie ein anderes Ziel.</translation>
    </message>
    <message>
        <source>Everyone who could help with %1 was asked recently, or already has as many open requests as the program allows. Nobody was asked: try again in a few weeks.</source>
        <translation>Alle, die bei %1 helfen könnten, wurden vor Kurzem gefragt oder haben bereits so viele offene Anfragen, wie das Programm erlaubt. Es wurde niemand gefragt: Versuchen Sie es in einigen Wochen erneut.</translation>
    </message>
    <message>
        <source>That target no longer exists. Add it again on the Referrals page.</source>
        <translation>Dieses Ziel gibt es nicht mehr. Fügen Sie es auf der Seite „Empfehlungen“ erneut hinzu.</translation>
    </message>
    <message>
        <source>checking open requests</source>
        <translation>Prüfen offener Anfragen</translation>
    </message>
    <message>
        <source>A request about %1 is already open (sent %2). Wait for it to be accepted or to expire.</source>
        <translation>Eine Anfrage zu %1 ist bereits offen (gesendet am %2). Warten Sie, bis sie angenommen wird oder abläuft.</translation>
    </message>
    <message>
        <source>This connection is no longer shared with the business, or its employee left the program, so nobody can be asked about it. Ask the team about %1 instead.</source>
        <translation>Diese Verbindung ist nicht mehr mit dem Unternehmen geteilt, oder die Person, zu der sie gehört, nimmt nicht mehr am Programm teil; daher kann niemand dazu gefragt werden. Fragen Sie stattdessen das Team nach %1.</translation>
    </message>
    <message>
        <source>%1 asked not to be contacted again (they are on the do-not-contact list). Consentric will not send a request that would reach them.</source>
        <translation>%1 hat darum gebeten, nicht mehr kontaktiert zu werden (steht auf der Kontaktsperrliste). Consentric sendet keine Anfrage, die diese Person erreichen würde.</translation>
    </message>
    <message>
        <source>This person</source>
        <translation>Diese Person</translation>
    </message>
    <message>
        <source>sending the request</source>
        <translation>Senden der Anfrage</translation>
    </message>
    <message>
        <source>reading the requests</source>
        <translation>Lesen der Anfragen</translation>
    </message>
    <message>
        <source>counting requests</source>
        <translation>Zählen der Anfragen</translation>
    </message>
    <message>
        <source>%1 is already a target. Select it on the Referrals page and send a request about it instead.</source>
        <translation>%1 ist bereits ein Ziel. Wählen Sie es auf der Seite „Empfehlungen“ aus und senden Sie stattdessen eine Anfrage dazu.</translation>
    </message>
    <message>
        <source>checking the targets</source>
        <translation>beim Prüfen der Ziele</translation>
    </message>
</context>
<context>
    <name>consentric::reports</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>This report reviews the referral program of %1 for %2 (%3 to %4): whether taking part stayed voluntary and comfortable, and whether it was useful. Every figure about what employees did is counted month by month and shown only when at least three people stand behind it; otherwise it reads “fewer than 3”.</source>
        <translation>Dieser Bericht überprüft das Empfehlungsprogramm von %1 für %2 (%3 bis %4): ob die Teilnahme freiwillig und angenehm blieb und ob sie nützlich war. Jede Zahl darüber, was Mitarbeitende getan haben, wird Monat für Monat gezählt und nur angezeigt, wenn mindestens drei Personen dahinterstehen; andernfalls steht dort „weniger als 3“.</translation>
    </message>
    <message>
        <source>Participation at the end of the quarter</source>
        <translation>Teilnahme am Quartalsende</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3)</source>
        <translation>%1 % (%2 von %3)</translation>
    </message>
    <message>
        <source>members of the team, the owner excepted</source>
        <translation>Teammitglieder ohne den Inhaber</translation>
    </message>
    <message>
        <source>Requests sent</source>
        <translation>Gesendete Anfragen</translation>
    </message>
    <message>
        <source>by the owner</source>
        <translation>vom Inhaber</translation>
    </message>
    <message>
        <source>Introductions made</source>
        <translation>Erfolgte Vorstellungen</translation>
    </message>
    <message>
        <source>by employees who accepted</source>
        <translation>von Mitarbeitenden, die angenommen haben</translation>
    </message>
    <message>
        <source>Comfort with the program (1–5)</source>
        <translation>Wohlbefinden mit dem Programm (1–5)</translation>
    </message>
    <message>
        <source>fewer than 3 answers</source>
        <translation>weniger als 3 Antworten</translation>
    </message>
    <message>
        <source>pulse average</source>
        <translation>Durchschnitt der Pulsbefragung</translation>
    </message>
    <message>
        <source>Felt pressure (1–5)</source>
        <translation>Empfundener Druck (1–5)</translation>
    </message>
    <message>
        <source>pulse average; lower is better</source>
        <translation>Durchschnitt der Pulsbefragung; niedriger ist besser</translation>
    </message>
    <message>
        <source>Concerns reported</source>
        <translation>Gemeldete Anliegen</translation>
    </message>
    <message>
        <source>to the owner or the trusted person</source>
        <translation>an den Inhaber oder die Vertrauensperson</translation>
    </message>
    <message>
        <source>Connection policy in force</source>
        <translation>Geltende Verbindungsrichtlinie</translation>
    </message>
    <message>
        <source>Only the owner or an admin can make the quarterly report. Sign in as the owner.</source>
        <translation>Nur der Inhaber oder ein Admin kann den Quartalsbericht erstellen. Melden Sie sich als Inhaber an.</translation>
    </message>
    <message>
        <source>(no organisation yet)</source>
        <translation>(noch keine Organisation)</translation>
    </message>
    <message>
        <source>%1 has not started yet, so there is nothing to count: every figure below is empty.</source>
        <translation>%1 hat noch nicht begonnen, es gibt also nichts zu zählen: Alle Zahlen unten sind leer.</translation>
    </message>
    <message>
        <source>%1 is not over: the figures run to %2.</source>
        <translation>%1 ist noch nicht abgeschlossen: Die Zahlen reichen bis %2.</translation>
    </message>
    <message>
        <source>The program started on %1, after this quarter: there is nothing to count.</source>
        <translation>Das Programm hat am %1 begonnen, also nach diesem Quartal: Es gibt nichts zu zählen.</translation>
    </message>
    <message>
        <source>No connection policy has been published in this database: the built-in policy %1 applies.</source>
        <translation>In dieser Datenbank wurde keine Verbindungsrichtlinie veröffentlicht: Es gilt die integrierte Richtlinie %1.</translation>
    </message>
    <message>
        <source>The connection policy</source>
        <translation>Die Verbindungsrichtlinie</translation>
    </message>
    <message>
        <source>Version %1 (built in; not yet published by the business).</source>
        <translation>Version %1 (integriert; vom Unternehmen noch nicht veröffentlicht).</translation>
    </message>
    <message>
        <source>Version %1, published on %2.</source>
        <translation>Version %1, veröffentlicht am %2.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Sections written</source>
        <translation>Verfasste Abschnitte</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>of the required checklist</source>
        <translation>der Pflichtabschnitte laut Checkliste</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>now</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>Have acknowledged this version</source>
        <translation>Haben diese Version bestätigt</translation>
    </message>
    <message>
        <source>Not yet acknowledged</source>
        <translation>Noch nicht bestätigt</translation>
    </message>
    <message>
        <source>asked at their next sign-in</source>
        <translation>werden bei der nächsten Anmeldung gefragt</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Participation and consent</source>
        <translation>Teilnahme und Einwilligung</translation>
    </message>
    <message>
        <source>Team (the owner excepted)</source>
        <translation>Team (ohne den Inhaber)</translation>
    </message>
    <message>
        <source>at the end of the quarter</source>
        <translation>am Quartalsende</translation>
    </message>
    <message>
        <source>Participation rate</source>
        <translation>Teilnahmequote</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>nicht angezeigt</translation>
    </message>
    <message>
        <source>shown when at least 3 take part</source>
        <translation>angezeigt, wenn mindestens 3 teilnehmen</translation>
    </message>
    <message>
        <source>Joined the program</source>
        <translation>Teilnahme am Programm begonnen</translation>
    </message>
    <message>
        <source>month by month</source>
        <translation>Monat für Monat</translation>
    </message>
    <message>
        <source>Left the program</source>
        <translation>Teilnahme am Programm beendet</translation>
    </message>
    <message>
        <source>month by month; no reason is ever asked</source>
        <translation>Monat für Monat; nach Gründen wird nie gefragt</translation>
    </message>
    <message>
        <source>Connections kept private</source>
        <translation>Privat gehaltene Verbindungen</translation>
    </message>
    <message>
        <source>of participants, now</source>
        <translation>von Teilnehmenden, aktuell</translation>
    </message>
    <message>
        <source>Connections made discoverable</source>
        <translation>Auffindbar gemachte Verbindungen</translation>
    </message>
    <message>
        <source>Connections shared</source>
        <translation>Geteilte Verbindungen</translation>
    </message>
    <message>
        <source>Participation rate, last 12 months</source>
        <translation>Teilnahmequote, letzte 12 Monate</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Teilnahme</translation>
    </message>
    <message>
        <source>Referral activity and outcomes</source>
        <translation>Empfehlungsaktivität und Ergebnisse</translation>
    </message>
    <message>
        <source>Aggregate figures only. Declines are counted, never attributed to anyone.</source>
        <translation>Nur zusammengefasste Zahlen. Ablehnungen werden gezählt, aber nie jemandem zugeordnet.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>answers, month by month</source>
        <translation>Antworten, Monat für Monat</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>recorded by the owner</source>
        <translation>vom Inhaber erfasst</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>won %1 · hired %2 · partnered %3 · no result %4</source>
        <translation>gewonnen %1 · eingestellt %2 · Partnerschaft geschlossen %3 · kein Ergebnis %4</translation>
    </message>
    <message>
        <source>Median days from request to introduction</source>
        <translation>Tage von der Anfrage bis zur Vorstellung (Median)</translation>
    </message>
    <message>
        <source>shown when at least 3 people introduced</source>
        <translation>angezeigt, wenn mindestens 3 Personen Vorstellungen übernommen haben</translation>
    </message>
    <message>
        <source>Answers to requests, last 12 months</source>
        <translation>Antworten auf Anfragen, letzte 12 Monate</translation>
    </message>
    <message>
        <source>No referral requests were sent in %1.</source>
        <translation>Im Quartal %1 wurden keine Empfehlungsanfragen gesendet.</translation>
    </message>
    <message>
        <source>Pulse survey</source>
        <translation>Pulsbefragung</translation>
    </message>
    <message>
        <source>Anonymous: answers are stored with the quarter only. Averages are shown for a quarter with at least 3 answers; comments are read in the window and are not part of this report.</source>
        <translation>Anonym: Antworten werden nur mit dem Quartal gespeichert. Durchschnittswerte werden für ein Quartal mit mindestens 3 Antworten angezeigt; Kommentare werden im Programmfenster gelesen und sind nicht Teil dieses Berichts.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>höher ist besser</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>niedriger ist besser</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Zufriedenheit (1–5)</translation>
    </message>
    <message>
        <source>The pulse for %1 has fewer than 3 answers, so its averages are not shown.</source>
        <translation>Die Pulsbefragung für %1 hat weniger als 3 Antworten, daher werden ihre Durchschnittswerte nicht angezeigt.</translation>
    </message>
    <message>
        <source>Pulse averages, last four quarters</source>
        <translation>Durchschnittswerte der Pulsbefragung, letzte vier Quartale</translation>
    </message>
    <message>
        <source>Comfort</source>
        <translation>Wohlbefinden</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Druck</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Zufriedenheit</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>Counts and status only. Whoever wrote a concern, and what it says, stays with its recipient.</source>
        <translation>Nur Anzahlen und Status. Wer ein Anliegen geschrieben hat und was darin steht, bleibt bei der Person, an die es gerichtet ist.</translation>
    </message>
    <message>
        <source>Reported in the quarter</source>
        <translation>Im Quartal gemeldet</translation>
    </message>
    <message>
        <source>Resolved in the quarter</source>
        <translation>Im Quartal erledigt</translation>
    </message>
    <message>
        <source>Concerns, last 12 months</source>
        <translation>Anliegen, letzte 12 Monate</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Review schedule and the last review</source>
        <translation>Zeitplan der Überprüfungen und letzte Überprüfung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>due by %1</source>
        <translation>fällig bis %1</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>Letzte Überprüfung</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Durchgeführt am</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>No review has been recorded yet.</source>
        <translation>Es wurde noch keine Überprüfung erfasst.</translation>
    </message>
    <message>
        <source>No quarterly review has been recorded for %1.</source>
        <translation>Für %1 wurde keine vierteljährliche Überprüfung erfasst.</translation>
    </message>
    <message>
        <source>Changes decided</source>
        <translation>Beschlossene Änderungen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Policy version %1</source>
        <translation>Richtlinienversion %1</translation>
    </message>
    <message>
        <source>Policy versions published</source>
        <translation>Veröffentlichte Richtlinienversionen</translation>
    </message>
    <message>
        <source>Reviews that decided changes</source>
        <translation>Überprüfungen mit beschlossenen Änderungen</translation>
    </message>
    <message>
        <source>No changes were decided in this quarter.</source>
        <translation>In diesem Quartal wurden keine Änderungen beschlossen.</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Unterschriften</translation>
    </message>
    <message>
        <source>The audit log had %1 entries when this report was prepared, ending with the hash below. To check later that no entry was removed: consentric audit --database FILE --verify --expect-head HASH</source>
        <translation>Das Prüfprotokoll hatte %1 Einträge, als dieser Bericht erstellt wurde, und endete mit dem unten stehenden Hash. Um später zu prüfen, dass kein Eintrag entfernt wurde: consentric audit --database FILE --verify --expect-head HASH</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Einträge im Prüfprotokoll</translation>
    </message>
    <message>
        <source>chain intact</source>
        <translation>Kette intakt</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>For the team</source>
        <translation>Für das Team</translation>
    </message>
    <message>
        <source>Acknowledged a new policy version</source>
        <translation>Neue Richtlinienversion bestätigt</translation>
    </message>
    <message>
        <source>One-to-ones</source>
        <translation>Eins-zu-eins-Gespräche</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Rounds started</source>
        <translation>Gestartete Runden</translation>
    </message>
    <message>
        <source>for a date in the quarter</source>
        <translation>für ein Datum im Quartal</translation>
    </message>
    <message>
        <source>Meetings arranged</source>
        <translation>Geplante Treffen</translation>
    </message>
    <message>
        <source>for the quarter</source>
        <translation>für das Quartal</translation>
    </message>
    <message>
        <source>Across departments</source>
        <translation>Abteilungsübergreifend</translation>
    </message>
    <message>
        <source>of the meetings arranged</source>
        <translation>der geplanten Treffen</translation>
    </message>
    <message>
        <source>Held rate</source>
        <translation>Quote stattgefundener Gespräche</translation>
    </message>
    <message>
        <source>Pairs of departments that met</source>
        <translation>Abteilungspaare, die sich getroffen haben</translation>
    </message>
    <message>
        <source>at least one one-to-one between them</source>
        <translation>mindestens ein Eins-zu-eins-Gespräch zwischen ihnen</translation>
    </message>
    <message>
        <source>No one-to-one round was started for a date in %1.</source>
        <translation>Für ein Datum im Quartal %1 wurde keine Runde von Eins-zu-eins-Gesprächen gestartet.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>One-to-ones whose time had come by %1, by the departments of the people in them: %2 in all, %3 across departments. A cell counts the meetings between its row&apos;s and its column&apos;s department; the shaded diagonal, those within one department. A group of three counts once for each pair of departments in it.</source>
        <translation>Eins-zu-eins-Gespräche, deren Termin bis %1 gekommen war, nach den Abteilungen der beteiligten Personen: insgesamt %2, davon %3 abteilungsübergreifend. Eine Zelle zählt die Treffen zwischen der Abteilung ihrer Zeile und der ihrer Spalte; die schattierte Diagonale die Treffen innerhalb einer Abteilung. Eine Dreiergruppe zählt einmal für jedes Abteilungspaar darin.</translation>
    </message>
    <message>
        <source>%1 (%2 % of employees)</source>
        <translation>%1 (%2 % der Mitarbeiter)</translation>
    </message>
    <message>
        <source>employees, now; shown from 3</source>
        <translation>Mitarbeiter, aktuell; ab 3 angezeigt</translation>
    </message>
    <message>
        <source>of held and skipped; %1 people marked</source>
        <translation>von stattgefundenen und ausgefallenen; %1 Personen haben markiert</translation>
    </message>
    <message>
        <source>Colleagues from different departments meet for half an hour, paired by the program; members choose how often and within which working hours. Counts only: each person&apos;s marks and private notes are never part of this report, and the held rate counts only the months in which at least 3 people marked a meeting.</source>
        <translation>Kolleginnen und Kollegen aus verschiedenen Abteilungen treffen sich für eine halbe Stunde, zusammengebracht vom Programm; die Mitglieder wählen, wie oft und innerhalb welcher Arbeitszeiten. Nur Zahlen: die Markierungen und privaten Notizen der Einzelnen sind nie Teil dieses Berichts, und die Quote stattgefundener Gespräche zählt nur die Monate, in denen mindestens 3 Personen ein Treffen markiert haben.</translation>
    </message>
    <message>
        <source>shown when at least 3 people marked in a month</source>
        <translation>angezeigt, wenn mindestens 3 Personen in einem Monat markiert haben</translation>
    </message>
</context>
<context>
    <name>consentric::reports::Chart</name>
    <message>
        <source>Hidden: fewer than 3</source>
        <translation>Verborgen: weniger als 3</translation>
    </message>
    <message>
        <source>No data for this period</source>
        <translation>Keine Daten für diesen Zeitraum</translation>
    </message>
    <message>
        <source>Every figure here is hidden: fewer than 3 people stand behind each</source>
        <translation>Jede Zahl hier ist verborgen: Hinter keiner stehen mindestens 3 Personen</translation>
    </message>
</context>
<context>
    <name>consentric::reports::Layout</name>
    <message>
        <source>Quarterly policy review</source>
        <translation>Vierteljährliche Richtlinienüberprüfung</translation>
    </message>
    <message>
        <source>Covering %1 to %2</source>
        <translation>Zeitraum: %1 bis %2</translation>
    </message>
    <message>
        <source>Prepared on %1 with Consentric</source>
        <translation>Erstellt am %1 mit Consentric</translation>
    </message>
    <message>
        <source>What this report cannot show</source>
        <translation>Was dieser Bericht nicht zeigen kann</translation>
    </message>
    <message>
        <source>Head hash of the audit log:</source>
        <translation>Kopf-Hash des Prüfprotokolls:</translation>
    </message>
    <message>
        <source>%1 — policy review %2</source>
        <translation>%1 — Richtlinienüberprüfung %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Aggregate figures only. Any figure behind which fewer than three people stand is shown as “fewer than 3”, and figures are counted in whole months so that comparing two periods cannot single anyone out. No section about requests, declines, the pulse, concerns or one-to-ones names anyone.</source>
        <translation>Nur zusammengefasste Zahlen. Jede Zahl, hinter der weniger als drei Personen stehen, wird als „weniger als 3“ angezeigt, und Zahlen werden in ganzen Monaten gezählt, damit der Vergleich zweier Zeiträume niemanden erkennbar macht. Kein Abschnitt über Anfragen, Ablehnungen, die Pulsbefragung, Anliegen oder Eins-zu-eins-Gespräche nennt Namen.</translation>
    </message>
</context>
<context>
    <name>consentric::reports::ReportWriter</name>
    <message>
        <source>The report could not be drawn: the printer or file refused to start a page. Check the printer, or the folder you chose.</source>
        <translation>Der Bericht konnte nicht erstellt werden: Der Drucker oder die Datei hat das Beginnen einer Seite verweigert. Prüfen Sie den Drucker oder den gewählten Ordner.</translation>
    </message>
    <message>
        <source>The report stopped at page %1: the printer or file refused a new page.</source>
        <translation>Der Bericht brach bei Seite %1 ab: Der Drucker oder die Datei hat eine neue Seite verweigert.</translation>
    </message>
    <message>
        <source>Quarterly policy review %1 — %2</source>
        <translation>Vierteljährliche Richtlinienüberprüfung %1 — %2</translation>
    </message>
    <message>
        <source>The report could not be saved as %1. Check that the folder exists and that you may write there.</source>
        <translation>Der Bericht konnte nicht als %1 gespeichert werden. Prüfen Sie, ob der Ordner existiert und ob Sie dort schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>consentric::storage</name>
    <message>
        <source>Consentric does not copy a PostgreSQL server database; use pg_dump instead, for example: pg_dump -h %1 -p %2 -d %3 -F c -f consentric.dump</source>
        <translation>Consentric kopiert keine Datenbank auf einem PostgreSQL-Server; verwenden Sie stattdessen pg_dump, zum Beispiel: pg_dump -h %1 -p %2 -d %3 -F c -f consentric.dump</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist; create it or choose another place for the backup.</source>
        <translation>Der Ordner „%1“ existiert nicht; legen Sie ihn an oder wählen Sie einen anderen Ort für die Sicherung.</translation>
    </message>
    <message>
        <source>The backup cannot replace the database it copies; choose another file name.</source>
        <translation>Die Sicherung kann nicht die Datenbank ersetzen, die sie kopiert; wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>writing the backup</source>
        <translation>Schreiben der Sicherung</translation>
    </message>
    <message>
        <source>The backup was written but could not be moved to “%1”; check the folder&apos;s permissions.</source>
        <translation>Die Sicherung wurde geschrieben, konnte aber nicht nach „%1“ verschoben werden; prüfen Sie die Berechtigungen des Ordners.</translation>
    </message>
</context>
<context>
    <name>consentric::storage::Database</name>
    <message>
        <source>There is no database at “%1”. Check the path, or create a new database.</source>
        <translation>Es gibt keine Datenbank unter „%1“. Prüfen Sie den Pfad oder legen Sie eine neue Datenbank an.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Create it first, or choose another place for the database.</source>
        <translation>Der Ordner „%1“ existiert nicht. Legen Sie ihn zuerst an oder wählen Sie einen anderen Ort für die Datenbank.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file. Choose a file inside it.</source>
        <translation>„%1“ ist ein Ordner, keine Datenbankdatei. Wählen Sie eine Datei darin aus.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2. Check the file&apos;s permissions.</source>
        <translation>„%1“ kann nicht gelesen werden: %2. Prüfen Sie die Berechtigungen der Datei.</translation>
    </message>
    <message>
        <source>“%1” is not a Consentric database (it is not an SQLite file). Nothing was changed; open another file or restore a backup.</source>
        <translation>„%1“ ist keine Consentric-Datenbank (es ist keine SQLite-Datei). Es wurde nichts geändert; öffnen Sie eine andere Datei oder stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed. Install the package %2 and start again.</source>
        <translation>Der Qt-SQL-Treiber %1 ist nicht installiert. Installieren Sie das Paket %2 und starten Sie das Programm erneut.</translation>
    </message>
    <message>
        <source>opening the database file</source>
        <translation>Öffnen der Datenbankdatei</translation>
    </message>
    <message>
        <source>Connecting to %1 was cancelled: no password was given.</source>
        <translation>Der Verbindungsaufbau zu %1 wurde abgebrochen: Es wurde kein Passwort eingegeben.</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL database %1: %2. Check that the server is running and the URL is right; a password belongs in PGPASSFILE.</source>
        <translation>Keine Verbindung zur PostgreSQL-Datenbank %1 möglich: %2. Prüfen Sie, ob der Server läuft und die URL stimmt; ein Passwort gehört in die PGPASSFILE.</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a Consentric database (%2). It may be damaged or not a database; nothing was changed. Restore a backup or open another file.</source>
        <translation>„%1“ kann nicht als Consentric-Datenbank gelesen werden (%2). Die Datei ist möglicherweise beschädigt oder keine Datenbank; es wurde nichts geändert. Stellen Sie eine Sicherung wieder her oder öffnen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>Lesen der Schemaversion</translation>
    </message>
    <message>
        <source>“%1” is a database, but not a Consentric one (it has other tables and no schema version). Nothing was changed; open another database.</source>
        <translation>„%1“ ist eine Datenbank, aber keine von Consentric (sie enthält andere Tabellen und keine Schemaversion). Es wurde nichts geändert; öffnen Sie eine andere Datenbank.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer Consentric (schema %2; this program knows up to %3). Update Consentric to open it; nothing was changed.</source>
        <translation>„%1“ wurde von einer neueren Consentric-Version geschrieben (Schema %2; dieses Programm kennt Schemas bis %3). Aktualisieren Sie Consentric, um die Datei zu öffnen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>preparing the database</source>
        <translation>Vorbereiten der Datenbank</translation>
    </message>
    <message>
        <source>locking the schema</source>
        <translation>Sperren des Schemas</translation>
    </message>
    <message>
        <source>creating the schema version table</source>
        <translation>Anlegen der Tabelle für die Schemaversion</translation>
    </message>
    <message>
        <source>upgrading the database to schema %1</source>
        <translation>Aktualisieren der Datenbank auf Schema %1</translation>
    </message>
    <message>
        <source>recording the schema version</source>
        <translation>Speichern der Schemaversion</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>Starten einer Transaktion</translation>
    </message>
    <message>
        <source>A change was rolled back because part of it failed; nothing was saved.</source>
        <translation>Eine Änderung wurde zurückgenommen, weil ein Teil davon fehlgeschlagen ist; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>saving the changes</source>
        <translation>Speichern der Änderungen</translation>
    </message>
    <message>
        <source>no id was returned</source>
        <translation>es wurde keine ID zurückgegeben</translation>
    </message>
    <message>
        <source>The database %1 failed while %2: %3.</source>
        <translation>Bei der Datenbank %1 ist beim %2 ein Fehler aufgetreten: %3.</translation>
    </message>
    <message>
        <source>clearing the write-ahead log</source>
        <translation>Leeren des Write-Ahead-Logs (WAL)</translation>
    </message>
    <message>
        <source>Row ids can only be reserved inside a transaction.</source>
        <translation>Zeilen-IDs können nur innerhalb einer Transaktion reserviert werden.</translation>
    </message>
    <message>
        <source>reserving row ids</source>
        <translation>beim Reservieren von Zeilen-IDs</translation>
    </message>
    <message>
        <source>%1 ids were asked for and %2 returned</source>
        <translation>%1 IDs wurden angefordert und %2 geliefert</translation>
    </message>
    <message>
        <source>Internal error while %1: %2 values do not make rows of %3.</source>
        <translation>Interner Fehler %1: %2 Werte ergeben keine Zeilen zu je %3.</translation>
    </message>
</context>
<context>
    <name>consentric::templates</name>
    <message>
        <source>The subject</source>
        <translation>Der Betreff</translation>
    </message>
    <message>
        <source>The body</source>
        <translation>Der Nachrichtentext</translation>
    </message>
    <message>
        <source>The disclosure</source>
        <translation>Der Transparenzhinweis</translation>
    </message>
    <message>
        <source>The opt-out line</source>
        <translation>Der Widerspruchshinweis</translation>
    </message>
    <message>
        <source>%1 has }} at line %2, column %3 without a {{ before it. Remove it, or add the missing {{.</source>
        <translation>%1 enthält in Zeile %2, Spalte %3 ein }} ohne vorangehendes {{. Entfernen Sie es, oder ergänzen Sie das fehlende {{.</translation>
    </message>
    <message>
        <source>%1 opens a placeholder with {{ at line %2, column %3 but does not close it. Add }} after the placeholder&apos;s name, or remove the {{.</source>
        <translation>%1 öffnet in Zeile %2, Spalte %3 einen Platzhalter mit {{, schließt ihn aber nicht. Ergänzen Sie }} nach dem Namen des Platzhalters, oder entfernen Sie das {{.</translation>
    </message>
    <message>
        <source>%1 has an empty placeholder {{}} at line %2, column %3. Write a placeholder&apos;s name between the braces, or remove them.</source>
        <translation>%1 enthält in Zeile %2, Spalte %3 einen leeren Platzhalter {{}}. Schreiben Sie den Namen eines Platzhalters zwischen die Klammern, oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>Choose one from “Insert placeholder”, or correct the spelling.</source>
        <translation>Wählen Sie einen unter „Platzhalter einfügen“ aus, oder korrigieren Sie die Schreibweise.</translation>
    </message>
    <message>
        <source>Did you mean {{%1}}?</source>
        <translation>Meinten Sie {{%1}}?</translation>
    </message>
    <message>
        <source>%1 has an unknown placeholder {{%4}} at line %2, column %3.</source>
        <translation>%1 enthält in Zeile %2, Spalte %3 einen unbekannten Platzhalter {{%4}}.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat(in)</translation>
    </message>
    <message>
        <source>Ask first</source>
        <translation>Erst fragen</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>your first name</source>
        <translation>Ihr Vorname</translation>
    </message>
    <message>
        <source>your full name</source>
        <translation>Ihr vollständiger Name</translation>
    </message>
    <message>
        <source>your email address</source>
        <translation>Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <source>the recipient&apos;s first name</source>
        <translation>Vorname der Empfangsperson</translation>
    </message>
    <message>
        <source>the recipient&apos;s full name</source>
        <translation>vollständiger Name der Empfangsperson</translation>
    </message>
    <message>
        <source>the recipient&apos;s company</source>
        <translation>Unternehmen der Empfangsperson</translation>
    </message>
    <message>
        <source>your organisation&apos;s name</source>
        <translation>Name Ihrer Organisation</translation>
    </message>
    <message>
        <source>who asked for the introduction</source>
        <translation>wer um die Vorstellung gebeten hat</translation>
    </message>
    <message>
        <source>their email address</source>
        <translation>E-Mail-Adresse der anfragenden Person</translation>
    </message>
    <message>
        <source>the company to reach</source>
        <translation>das zu erreichende Unternehmen</translation>
    </message>
    <message>
        <source>why the business wants to reach them</source>
        <translation>warum das Unternehmen diese Firma erreichen möchte</translation>
    </message>
    <message>
        <source>The disclosure and the opt-out line are empty: write why the employee is writing and on whose behalf, and how the recipient can say no to further contact, then activate the template.</source>
        <translation>Der Transparenzhinweis und der Widerspruchshinweis sind leer: Schreiben Sie, warum die Person schreibt und in wessen Auftrag und wie die Empfangsperson weiteren Kontakt ablehnen kann; aktivieren Sie dann die Vorlage.</translation>
    </message>
    <message>
        <source>The disclosure is empty: write why the employee is writing and on whose behalf, then activate the template.</source>
        <translation>Der Transparenzhinweis ist leer: Schreiben Sie, warum die Person schreibt und in wessen Auftrag; aktivieren Sie dann die Vorlage.</translation>
    </message>
    <message>
        <source>The opt-out line is empty: write how the recipient can say no to further contact, then activate the template.</source>
        <translation>Der Widerspruchshinweis ist leer: Schreiben Sie, wie die Empfangsperson weiteren Kontakt ablehnen kann; aktivieren Sie dann die Vorlage.</translation>
    </message>
</context>
<context>
    <name>consentric::templates::TemplateStore</name>
    <message>
        <source>counting the templates</source>
        <translation>Zählen der Vorlagen</translation>
    </message>
    <message>
        <source>adding the default templates</source>
        <translation>Hinzufügen der Standardvorlagen</translation>
    </message>
    <message>
        <source>reading the templates</source>
        <translation>Lesen der Vorlagen</translation>
    </message>
    <message>
        <source>Only the owner or an admin can change templates. Ask them to make this change.</source>
        <translation>Nur der Inhaber oder ein Admin kann Vorlagen ändern. Bitten Sie diese, die Änderung vorzunehmen.</translation>
    </message>
    <message>
        <source>The template needs a name, so that employees can tell it from the others.</source>
        <translation>Die Vorlage braucht einen Namen, damit die Mitarbeitenden sie von den anderen unterscheiden können.</translation>
    </message>
    <message>
        <source>The template&apos;s name is longer than %1 characters; shorten it.</source>
        <translation>Der Name der Vorlage ist länger als %1 Zeichen; bitte kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>adding the template</source>
        <translation>Hinzufügen der Vorlage</translation>
    </message>
    <message>
        <source>That template no longer exists (someone removed it); the list was refreshed.</source>
        <translation>Diese Vorlage gibt es nicht mehr (jemand hat sie entfernt); die Liste wurde aktualisiert.</translation>
    </message>
    <message>
        <source>saving the template</source>
        <translation>Speichern der Vorlage</translation>
    </message>
    <message>
        <source>removing the template</source>
        <translation>Entfernen der Vorlage</translation>
    </message>
    <message>
        <source>Only a template that was saved before can be put back.</source>
        <translation>Nur eine Vorlage, die zuvor gespeichert wurde, kann wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>That template is already there; nothing was put back.</source>
        <translation>Diese Vorlage ist bereits vorhanden; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>putting the template back</source>
        <translation>Wiederherstellen der Vorlage</translation>
    </message>
</context>
<context>
    <name>consentric::ui</name>
    <message>
        <source>%1 sign-ins, %2 refused</source>
        <translation>%1 Anmeldungen, %2 abgelehnt</translation>
    </message>
    <message>
        <source>%1 connections made %2</source>
        <translation>%1 Verbindungen auf „%2“ gesetzt</translation>
    </message>
    <message>
        <source>policy version %1</source>
        <translation>Richtlinienversion %1</translation>
    </message>
    <message>
        <source>as %1</source>
        <translation>als %1</translation>
    </message>
    <message>
        <source>%1 shared connections</source>
        <translation>%1 geteilte Verbindungen</translation>
    </message>
    <message>
        <source>Taking part:</source>
        <translation>Teilnehmend:</translation>
    </message>
    <message>
        <source>The share of the team taking part in the program at the end of the range&apos;s last month (today, for the current month). Shown only when at least 3 people take part; otherwise it reads &quot;fewer than 3&quot;.</source>
        <translation>Der Anteil des Teams, der am Ende des letzten Monats des Zeitraums am Programm teilnimmt (beim laufenden Monat: heute). Nur angezeigt, wenn mindestens 3 Personen teilnehmen; andernfalls steht dort „weniger als 3“.</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Active members of the team at the end of that month, the owner excepted. The size of the team is not private.</source>
        <translation>Aktive Teammitglieder am Ende dieses Monats, ohne den Inhaber. Die Größe des Teams ist nicht vertraulich.</translation>
    </message>
    <message>
        <source>Joined:</source>
        <translation>Teilnahme begonnen:</translation>
    </message>
    <message>
        <source>Employees who joined the program in these months.</source>
        <translation>Mitarbeitende, die in diesen Monaten ihre Teilnahme am Programm begonnen haben.</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>Teilnahme beendet:</translation>
    </message>
    <message>
        <source>Employees who left the program in these months.</source>
        <translation>Mitarbeitende, die in diesen Monaten ihre Teilnahme am Programm beendet haben.</translation>
    </message>
    <message>
        <source>Requests sent:</source>
        <translation>Gesendete Anfragen:</translation>
    </message>
    <message>
        <source>Requests you sent in these months.</source>
        <translation>Anfragen, die Sie in diesen Monaten gesendet haben.</translation>
    </message>
    <message>
        <source>Accepted:</source>
        <translation>Angenommen:</translation>
    </message>
    <message>
        <source>Requests employees accepted in these months.</source>
        <translation>Anfragen, die Mitarbeitende in diesen Monaten angenommen haben.</translation>
    </message>
    <message>
        <source>Declined:</source>
        <translation>Abgelehnt:</translation>
    </message>
    <message>
        <source>Declines answered in these months.</source>
        <translation>In diesen Monaten erteilte Ablehnungen.</translation>
    </message>
    <message>
        <source>Introductions:</source>
        <translation>Vorstellungen:</translation>
    </message>
    <message>
        <source>Introductions employees made in these months.</source>
        <translation>Vorstellungen, die Mitarbeitende in diesen Monaten übernommen haben.</translation>
    </message>
    <message>
        <source>Meetings:</source>
        <translation>Treffen:</translation>
    </message>
    <message>
        <source>Meetings you recorded in these months.</source>
        <translation>Treffen, die Sie in diesen Monaten erfasst haben.</translation>
    </message>
    <message>
        <source>Won:</source>
        <translation>Gewonnen:</translation>
    </message>
    <message>
        <source>Requests whose outcome you recorded as won in these months.</source>
        <translation>Anfragen, deren Ergebnis Sie in diesen Monaten als „gewonnen“ erfasst haben.</translation>
    </message>
    <message>
        <source>Hired:</source>
        <translation>Eingestellt:</translation>
    </message>
    <message>
        <source>Requests whose outcome you recorded as hired in these months.</source>
        <translation>Anfragen, deren Ergebnis Sie in diesen Monaten als „eingestellt“ erfasst haben.</translation>
    </message>
    <message>
        <source>Partnered:</source>
        <translation>Partnerschaft geschlossen:</translation>
    </message>
    <message>
        <source>Requests whose outcome you recorded as partnered in these months.</source>
        <translation>Anfragen, deren Ergebnis Sie in diesen Monaten als „Partnerschaft geschlossen“ erfasst haben.</translation>
    </message>
    <message>
        <source>No result:</source>
        <translation>Kein Ergebnis:</translation>
    </message>
    <message>
        <source>Requests whose outcome you recorded as no result in these months.</source>
        <translation>Anfragen, deren Ergebnis Sie in diesen Monaten als „kein Ergebnis“ erfasst haben.</translation>
    </message>
    <message>
        <source>Request to introduction:</source>
        <translation>Von der Anfrage bis zur Vorstellung:</translation>
    </message>
    <message>
        <source>The median number of days from sending a request to the introduction, over the introductions made in these months. Shown only when at least 3 different employees made them, so no one&apos;s pace can be read from it.</source>
        <translation>Der Median der Tage vom Senden einer Anfrage bis zur Vorstellung, über die in diesen Monaten erfolgten Vorstellungen. Nur angezeigt, wenn mindestens 3 verschiedene Mitarbeitende sie übernommen haben, damit sich daraus niemandes Tempo ablesen lässt.</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>Quartal:</translation>
    </message>
    <message>
        <source>The latest quarter of the range that has begun: the pulse is asked once a quarter.</source>
        <translation>Das letzte bereits begonnene Quartal des Zeitraums: Die Pulsbefragung findet einmal pro Quartal statt.</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>Antworten:</translation>
    </message>
    <message>
        <source>How many answered the pulse that quarter. Answers are stored without name, time or order; fewer than 3 reads &quot;fewer than 3&quot;.</source>
        <translation>Wie viele in diesem Quartal an der Pulsbefragung teilgenommen haben. Antworten werden ohne Namen, Zeitpunkt oder Reihenfolge gespeichert; weniger als 3 wird als „weniger als 3“ angezeigt.</translation>
    </message>
    <message>
        <source>Comfort:</source>
        <translation>Wohlbefinden:</translation>
    </message>
    <message>
        <source>The average answer that quarter, from 1 (very uncomfortable) to 5 (very comfortable). Shown only for a quarter with at least 3 answers.</source>
        <translation>Die durchschnittliche Antwort in diesem Quartal, von 1 (sehr unwohl) bis 5 (sehr wohl). Nur angezeigt für ein Quartal mit mindestens 3 Antworten.</translation>
    </message>
    <message>
        <source>Felt pressure:</source>
        <translation>Empfundener Druck:</translation>
    </message>
    <message>
        <source>The average answer that quarter, from 1 (no pressure) to 5 (a lot). Shown only for a quarter with at least 3 answers.</source>
        <translation>Die durchschnittliche Antwort in diesem Quartal, von 1 (kein Druck) bis 5 (sehr viel). Nur angezeigt für ein Quartal mit mindestens 3 Antworten.</translation>
    </message>
    <message>
        <source>Satisfaction:</source>
        <translation>Zufriedenheit:</translation>
    </message>
    <message>
        <source>The average answer that quarter, from 1 (not satisfied) to 5 (very satisfied). Shown only for a quarter with at least 3 answers.</source>
        <translation>Die durchschnittliche Antwort in diesem Quartal, von 1 (nicht zufrieden) bis 5 (sehr zufrieden). Nur angezeigt für ein Quartal mit mindestens 3 Antworten.</translation>
    </message>
    <message>
        <source>Reported:</source>
        <translation>Gemeldet:</translation>
    </message>
    <message>
        <source>Concerns sent to you or to the trusted person in these months.</source>
        <translation>Anliegen, die in diesen Monaten an Sie oder an die Vertrauensperson gesendet wurden.</translation>
    </message>
    <message>
        <source>Resolved:</source>
        <translation>Erledigt:</translation>
    </message>
    <message>
        <source>Concerns marked resolved in these months.</source>
        <translation>Anliegen, die in diesen Monaten als erledigt markiert wurden.</translation>
    </message>
    <message>
        <source>Read a new policy:</source>
        <translation>Neue Richtlinie gelesen:</translation>
    </message>
    <message>
        <source>Participants who acknowledged a newly published version of the connection policy in these months.</source>
        <translation>Teilnehmende, die in diesen Monaten eine neu veröffentlichte Version der Verbindungsrichtlinie bestätigt haben.</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Mitglieder:</translation>
    </message>
    <message>
        <source>Rounds:</source>
        <translation>Runden:</translation>
    </message>
    <message>
        <source>One-to-one rounds started for a date in these months.</source>
        <translation>Runden von Eins-zu-eins-Gesprächen, die für ein Datum in diesen Monaten gestartet wurden.</translation>
    </message>
    <message>
        <source>Meetings arranged:</source>
        <translation>Geplante Treffen:</translation>
    </message>
    <message>
        <source>One-to-ones arranged for these months by the rounds, whether their time has come yet or not.</source>
        <translation>Eins-zu-eins-Gespräche, die die Runden für diese Monate geplant haben, ob ihr Termin schon gekommen ist oder nicht.</translation>
    </message>
    <message>
        <source>Across departments:</source>
        <translation>Abteilungsübergreifend:</translation>
    </message>
    <message>
        <source>Of those meetings, the ones between colleagues from different departments (a group of three counts when any two of them differ).</source>
        <translation>Von diesen Treffen diejenigen zwischen Kolleginnen und Kollegen aus verschiedenen Abteilungen (eine Dreiergruppe zählt, wenn zwei beliebige ihrer Mitglieder aus verschiedenen Abteilungen kommen).</translation>
    </message>
    <message>
        <source>Held:</source>
        <translation>Stattgefunden:</translation>
    </message>
    <message>
        <source>Employees in the one-to-one program today, whatever the range, and their share of all employees (the owner and admins arrange the rounds and do not take part). Shown only when at least 3 take part; otherwise it reads &quot;fewer than 3&quot;.</source>
        <translation>Mitarbeiter, die heute am Programm der Eins-zu-eins-Gespräche teilnehmen, unabhängig vom Zeitraum, und ihr Anteil an allen Mitarbeitern (der Inhaber und die Administratoren planen die Runden und nehmen nicht teil). Nur angezeigt, wenn mindestens 3 teilnehmen; sonst steht hier „weniger als 3“.</translation>
    </message>
    <message>
        <source>Of the marks people gave their meetings of these months, the share that says held rather than skipped. Counted month by month: a month in which fewer than 3 different people marked a meeting is left out, so comparing two ranges never shows how one or two people marked theirs. Nobody&apos;s own mark is ever shown.</source>
        <translation>Von den Markierungen, die die Teilnehmenden ihren Treffen dieser Monate gegeben haben, der Anteil „stattgefunden“ statt „ausgefallen“. Monat für Monat gezählt: Ein Monat, in dem weniger als 3 verschiedene Personen ein Treffen markiert haben, bleibt außen vor, sodass der Vergleich zweier Zeiträume nie zeigt, wie eine oder zwei Personen markiert haben. Die Markierung einer einzelnen Person wird nie angezeigt.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::AddConnectionCommand</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>consentric::ui::AddPersonCommand</name>
    <message>
        <source>add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>consentric::ui::AuditPage</name>
    <message>
        <source>Organisation set up</source>
        <translation>Organisation eingerichtet</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>Person hinzugefügt</translation>
    </message>
    <message>
        <source>Person edited</source>
        <translation>Person bearbeitet</translation>
    </message>
    <message>
        <source>Person removed (an add undone)</source>
        <translation>Person entfernt (Hinzufügen rückgängig gemacht)</translation>
    </message>
    <message>
        <source>Marked as left</source>
        <translation>Als ausgeschieden markiert</translation>
    </message>
    <message>
        <source>Marked as returned</source>
        <translation>Als zurückgekehrt markiert</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Konto angelegt</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Wrong passphrase</source>
        <translation>Falsche Passphrase</translation>
    </message>
    <message>
        <source>Signed in with a recovery code</source>
        <translation>Mit einem Wiederherstellungscode angemeldet</translation>
    </message>
    <message>
        <source>Sign-ins that day</source>
        <translation>Anmeldungen an diesem Tag</translation>
    </message>
    <message>
        <source>Private entry (an employee&apos;s own decision)</source>
        <translation>Privater Eintrag (eigene Entscheidung einer/eines Mitarbeitenden)</translation>
    </message>
    <message>
        <source>Sharing level changed</source>
        <translation>Freigabestufe geändert</translation>
    </message>
    <message>
        <source>Joined the program</source>
        <translation>Teilnahme am Programm begonnen</translation>
    </message>
    <message>
        <source>Left the program</source>
        <translation>Teilnahme am Programm beendet</translation>
    </message>
    <message>
        <source>Exported own data</source>
        <translation>Eigene Daten exportiert</translation>
    </message>
    <message>
        <source>Connections erased</source>
        <translation>Verbindungen gelöscht</translation>
    </message>
    <message>
        <source>Connections erased, account closed</source>
        <translation>Verbindungen gelöscht, Konto geschlossen</translation>
    </message>
    <message>
        <source>Owner read shared connections</source>
        <translation>Inhaber hat geteilte Verbindungen gelesen</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Every entry is chained to the one before it, so an edited or removed entry is found by the check below. Sign-ins appear only as counts per day; employees&apos; own decisions appear as private entries that only they can open.</source>
        <translation>Jeder Eintrag ist mit dem vorherigen verkettet, sodass die Prüfung unten einen bearbeiteten oder entfernten Eintrag findet. Anmeldungen erscheinen nur als Anzahl pro Tag; eigene Entscheidungen der Mitarbeitenden erscheinen als private Einträge, die nur sie selbst öffnen können.</translation>
    </message>
    <message>
        <source>The entries about you and your data. Your own decisions are sealed to your key: the owner sees only that an entry exists.</source>
        <translation>Die Einträge über Sie und Ihre Daten. Ihre eigenen Entscheidungen sind mit Ihrem Schlüssel versiegelt: Der Inhaber sieht nur, dass ein Eintrag existiert.</translation>
    </message>
    <message>
        <source>&amp;Check the chain</source>
        <translation>Kette &amp;prüfen</translation>
    </message>
    <message>
        <source>Intact: %1 entries. Head: %2</source>
        <translation>Intakt: %1 Einträge. Kopf: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Broken:&lt;/b&gt; %1. Restore a backup and find out who had the database file.</source>
        <translation>&lt;b&gt;Beschädigt:&lt;/b&gt; %1. Stellen Sie eine Sicherung wieder her und finden Sie heraus, wer Zugriff auf die Datenbankdatei hatte.</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>My audit trail</source>
        <translation>Mein Prüfprotokoll</translation>
    </message>
</context>
<context>
    <name>consentric::ui::BulkEditDialog</name>
    <message>
        <source>Set the con&amp;text to</source>
        <translation>&amp;Kontext festlegen auf</translation>
    </message>
    <message>
        <source>Set the &amp;strength to</source>
        <translation>&amp;Stärke festlegen auf</translation>
    </message>
    <message>
        <source>Replace the &amp;notes with</source>
        <translation>&amp;Notizen ersetzen durch</translation>
    </message>
    <message>
        <source>Edit %1 connections</source>
        <translation>%1 Verbindungen bearbeiten</translation>
    </message>
    <message>
        <source>Only what you tick changes; the rest stays as it is for each connection.</source>
        <translation>Nur was Sie ankreuzen, wird geändert; alles andere bleibt bei jeder Verbindung, wie es ist.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::BusinessPreviewPage</name>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Yours there</source>
        <translation>Davon Ihre</translation>
    </message>
    <message>
        <source>Contacts the business counts</source>
        <translation>Vom Unternehmen gezählte Kontakte</translation>
    </message>
    <message>
        <source>Team members who reach them</source>
        <translation>Teammitglieder, die sie erreichen</translation>
    </message>
    <message>
        <source>None of your connections counts in the business&apos;s figures: nothing of yours is discoverable or shared, or you are not taking part.</source>
        <translation>Keine Ihrer Verbindungen zählt in den Zahlen des Unternehmens: Nichts von Ihnen ist auffindbar oder geteilt, oder Sie nehmen nicht teil.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Profile address</source>
        <translation>Profiladresse</translation>
    </message>
    <message>
        <source>The owner sees none of your connections by name.</source>
        <translation>Der Inhaber sieht keine Ihrer Verbindungen mit Namen.</translation>
    </message>
    <message>
        <source>This is exactly what the owner&apos;s views contain from your data, computed by the same code. Private connections never appear; discoverable ones only inside counts.</source>
        <translation>Genau das enthalten die Ansichten des Inhabers aus Ihren Daten, berechnet mit demselben Code. Private Verbindungen erscheinen nie, auffindbare nur als Teil einer Anzahl.</translation>
    </message>
    <message>
        <source>Companies your connections count towards</source>
        <translation>Firmen, für die Ihre Verbindungen zählen</translation>
    </message>
    <message>
        <source>Your shared connections, as the owner sees them</source>
        <translation>Ihre geteilten Verbindungen, wie der Inhaber sie sieht</translation>
    </message>
    <message>
        <source>What the business sees</source>
        <translation>Was das Unternehmen sieht</translation>
    </message>
    <message>
        <source>On the Team page</source>
        <translation>Auf der Seite „Team“</translation>
    </message>
    <message>
        <source>In the figures by company</source>
        <translation>In den Zahlen nach Firma</translation>
    </message>
    <message>
        <source>By name (shared)</source>
        <translation>Mit Namen (geteilt)</translation>
    </message>
    <message>
        <source>You take part in the referral program.</source>
        <translation>Sie nehmen am Empfehlungsprogramm teil.</translation>
    </message>
    <message>
        <source>You are not taking part in the referral program, so the business sees none of your connections. Your choices are kept for when you join again.</source>
        <translation>Sie nehmen nicht am Empfehlungsprogramm teil, daher sieht das Unternehmen keine Ihrer Verbindungen. Ihre Entscheidungen bleiben für eine erneute Teilnahme erhalten.</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1, %2, %3. Shared connections: &lt;b&gt;%4&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1, %2, %3. Geteilte Verbindungen: &lt;b&gt;%4&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your department, %1: people taking part: &lt;b&gt;%2&lt;/b&gt;; discoverable connections: &lt;b&gt;%3&lt;/b&gt;. Who takes part is shown only per department, and “fewer than 3” hides small groups.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ihre Abteilung, %1: teilnehmende Personen: &lt;b&gt;%2&lt;/b&gt;; auffindbare Verbindungen: &lt;b&gt;%3&lt;/b&gt;. Wer teilnimmt, wird nur pro Abteilung angezeigt, und „weniger als 3“ verbirgt kleine Gruppen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>consentric::ui::ChartWidget</name>
    <message>
        <source>%1: fewer than 3 in %2 (hidden)</source>
        <translation>%1, %2: weniger als 3 (verborgen)</translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <translation>%1, %3: %2</translation>
    </message>
</context>
<context>
    <name>consentric::ui::ConcernInbox</name>
    <message>
        <source>Reported on</source>
        <translation>Gemeldet am</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Being &amp;handled</source>
        <translation>In &amp;Bearbeitung</translation>
    </message>
    <message>
        <source>&amp;Resolved</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>Concerns sent to you</source>
        <translation>An Sie gesendete Anliegen</translation>
    </message>
    <message>
        <source>The concern, as it was written</source>
        <translation>Das Anliegen, wie es geschrieben wurde</translation>
    </message>
    <message>
        <source>Tell the reporter you are looking into it</source>
        <translation>Der meldenden Person mitteilen, dass Sie sich darum kümmern</translation>
    </message>
    <message>
        <source>Tell the reporter it has been dealt with</source>
        <translation>Der meldenden Person mitteilen, dass es erledigt ist</translation>
    </message>
    <message>
        <source>Nobody has sent you a concern. When someone does, it appears here, and only you can read it.</source>
        <translation>Niemand hat Ihnen ein Anliegen gesendet. Wenn das jemand tut, erscheint es hier, und nur Sie können es lesen.</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <source>Choose a concern to read it.</source>
        <translation>Wählen Sie ein Anliegen aus, um es zu lesen.</translation>
    </message>
    <message>
        <source>Sent anonymously: no author was stored with it.</source>
        <translation>Anonym gesendet: Es wurde keine meldende Person dazu gespeichert.</translation>
    </message>
    <message>
        <source>Sent by %1.</source>
        <translation>Gesendet von %1.</translation>
    </message>
    <message>
        <source>%1 Reported on %2; %3 since %4.</source>
        <translation>%1 Gemeldet am %2; %3 seit %4.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>Choose a concern first.</source>
        <translation>Wählen Sie zuerst ein Anliegen aus.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::ConcernsPage</name>
    <message>
        <source>&amp;Designate…</source>
        <translation>&amp;Benennen…</translation>
    </message>
    <message>
        <source>Employees can send a concern — feeling pressured, an uncomfortable situation — to you or to the trusted person you designate, by name or anonymously. Each concern is sealed to the person it was sent to: only they can read it. Everyone else, you included, sees only how many there are.</source>
        <translation>Mitarbeitende können ein Anliegen – etwa wenn sie sich unter Druck gesetzt fühlen oder eine Situation unangenehm war – an Sie oder an die von Ihnen benannte Vertrauensperson senden, mit Namen oder anonym. Jedes Anliegen ist für die Person versiegelt, an die es gesendet wurde: Nur sie kann es lesen. Alle anderen, auch Sie, sehen nur, wie viele es gibt.</translation>
    </message>
    <message>
        <source>Trusted person</source>
        <translation>Vertrauensperson</translation>
    </message>
    <message>
        <source>Make the chosen person the one employees may send concerns to instead of you</source>
        <translation>Die gewählte Person zu derjenigen machen, an die Mitarbeitende Anliegen statt an Sie senden können</translation>
    </message>
    <message>
        <source>&amp;Trusted person:</source>
        <translation>&amp;Vertrauensperson:</translation>
    </message>
    <message>
        <source>Someone on the team, other than you, whom employees may write to when they would rather not write to you. Concerns already sent stay with the person who received them: they are sealed to that person.</source>
        <translation>Jemand aus dem Team außer Ihnen, an den sich Mitarbeitende wenden können, wenn sie lieber nicht Ihnen schreiben möchten. Bereits gesendete Anliegen bleiben bei der Person, die sie erhalten hat: Sie sind für diese Person versiegelt.</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>Concerns sent to you</source>
        <translation>An Sie gesendete Anliegen</translation>
    </message>
    <message>
        <source>No concern has been reported.</source>
        <translation>Es wurde kein Anliegen gemeldet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;All concerns&lt;/b&gt;, whoever they were sent to: %1 received, %2 being handled, %3 resolved (%4 in all).</source>
        <translation>&lt;b&gt;Alle Anliegen&lt;/b&gt;, gleich an wen sie gesendet wurden: %1 eingegangen, %2 in Bearbeitung, %3 erledigt (%4 insgesamt).</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (left the team)</source>
        <translation>%1 (hat das Team verlassen)</translation>
    </message>
    <message>
        <source>Employees will be able to send their concerns to %1, as well as to you. Concerns already sent stay with whoever received them.</source>
        <translation>Mitarbeitende können ihre Anliegen dann an %1 und an Sie senden. Bereits gesendete Anliegen bleiben bei der Person, die sie erhalten hat.</translation>
    </message>
    <message>
        <source>Employees will be able to send concerns only to you. Concerns already sent to the trusted person stay with them.</source>
        <translation>Mitarbeitende können Anliegen dann nur noch an Sie senden. Bereits an die Vertrauensperson gesendete Anliegen bleiben bei ihr.</translation>
    </message>
    <message>
        <source>Change the trusted person?</source>
        <translation>Vertrauensperson ändern?</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>Employees can now send concerns to %1 as well as to you.</source>
        <translation>Mitarbeitende können Anliegen jetzt an %1 und an Sie senden.</translation>
    </message>
    <message>
        <source>Employees can now send concerns only to you.</source>
        <translation>Mitarbeitende können Anliegen jetzt nur an Sie senden.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::ConnectionDialog</name>
    <message>
        <source>1: we met once; 5: I would call them today</source>
        <translation>1: einmal getroffen; 5: würde ich heute anrufen</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Verbindung bearbeiten</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Only you can read your notes, whatever the sharing level.</source>
        <translation>Nur Sie können Ihre Notizen lesen, unabhängig von der Freigabestufe.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Profile &amp;address:</source>
        <translation>&amp;Profiladresse:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Pos&amp;ition:</translation>
    </message>
    <message>
        <source>Con&amp;text:</source>
        <translation>&amp;Kontext:</translation>
    </message>
    <message>
        <source>&amp;Strength (1–5):</source>
        <translation>&amp;Stärke (1–5):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>A new contact starts private: only you can see it until you choose otherwise.</source>
        <translation>Ein neuer Kontakt ist zunächst privat: Nur Sie sehen ihn, bis Sie etwas anderes festlegen.</translation>
    </message>
    <message>
        <source>Give the contact a name or an email address.</source>
        <translation>Geben Sie für den Kontakt einen Namen oder eine E-Mail-Adresse an.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::ConnectionsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Sharing level</source>
        <translation>Freigabestufe</translation>
    </message>
</context>
<context>
    <name>consentric::ui::ConnectionsPage</name>
    <message>
        <source>The business will count this person in its figures for their company (“team members can reach 3 people at Acme”), never who they are or that they are yours. Requests to meet them come to you first.</source>
        <translation>Das Unternehmen zählt diese Person in seinen Zahlen für ihre Firma mit („Teammitglieder erreichen 3 Personen bei Acme“), aber nie, wer sie ist oder dass sie Ihr Kontakt ist. Anfragen für ein Kennenlernen kommen zuerst zu Ihnen.</translation>
    </message>
    <message>
        <source>The owner will see this person&apos;s name, email, phone, profile address, company and title, and that they are your connection. Your notes stay yours.</source>
        <translation>Der Inhaber sieht Name, E-Mail, Telefon, Profiladresse, Firma und Position dieser Person sowie, dass sie Ihre Verbindung ist. Ihre Notizen bleiben bei Ihnen.</translation>
    </message>
    <message>
        <source>Only you will see this connection.</source>
        <translation>Nur Sie sehen diese Verbindung.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>My connections</source>
        <translation>Meine Verbindungen</translation>
    </message>
    <message>
        <source>Search your connections (Ctrl+F)</source>
        <translation>Ihre Verbindungen durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search your connections</source>
        <translation>Ihre Verbindungen durchsuchen</translation>
    </message>
    <message>
        <source>Any context</source>
        <translation>Jeder Kontext</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Jede Stufe</translation>
    </message>
    <message>
        <source>Sharing level</source>
        <translation>Freigabestufe</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>Kontakt &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add a contact by hand (Insert)</source>
        <translation>Einen Kontakt von Hand hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Edit the selected connections (Enter)</source>
        <translation>Die ausgewählten Verbindungen bearbeiten (Eingabetaste)</translation>
    </message>
    <message>
        <source>Make &amp;private</source>
        <translation>&amp;Privat machen</translation>
    </message>
    <message>
        <source>Make &amp;discoverable</source>
        <translation>&amp;Auffindbar machen</translation>
    </message>
    <message>
        <source>Make &amp;shared…</source>
        <translation>&amp;Teilen…</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Mehr</translation>
    </message>
    <message>
        <source>Set the level of everyone at a &amp;company…</source>
        <translation>Freigabestufe für alle bei einer &amp;Firma festlegen…</translation>
    </message>
    <message>
        <source>Set the level of all &amp;professional connections…</source>
        <translation>Freigabestufe für alle &amp;beruflichen Verbindungen festlegen…</translation>
    </message>
    <message>
        <source>Selected:</source>
        <translation>Ausgewählt:</translation>
    </message>
    <message>
        <source>Private: %1 · Discoverable: %2 · Shared: %3</source>
        <translation>Privat: %1 · Auffindbar: %2 · Geteilt: %3</translation>
    </message>
    <message>
        <source>You take part in the referral program: the business sees what you made discoverable (as counts) and shared. You can leave at any time on the Policy page.</source>
        <translation>Sie nehmen am Empfehlungsprogramm teil: Das Unternehmen sieht, was Sie auffindbar gemacht (als Anzahl) und was Sie geteilt haben. Sie können Ihre Teilnahme jederzeit auf der Seite „Richtlinie“ beenden.</translation>
    </message>
    <message>
        <source>You are not taking part in the referral program: the business sees none of your connections, whatever their level. To take part, read and accept the policy on the Policy page.</source>
        <translation>Sie nehmen nicht am Empfehlungsprogramm teil: Das Unternehmen sieht keine Ihrer Verbindungen, unabhängig von deren Stufe. Um teilzunehmen, lesen und akzeptieren Sie die Richtlinie auf der Seite „Richtlinie“.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>Personal and family connections leave private one at a time. Select just one of them, or filter the list to Professional.</source>
        <translation>Persönliche und familiäre Verbindungen können die Stufe „privat“ nur einzeln verlassen. Wählen Sie nur eine davon aus, oder filtern Sie die Liste auf „beruflich“.</translation>
    </message>
    <message>
        <source>Make a %1 connection %2?</source>
        <translation>Verbindung mit dem Kontext „%1“ auf „%2“ setzen?</translation>
    </message>
    <message>
        <source>“%1” is a %2 connection. %3</source>
        <translation>„%1“ ist eine Verbindung mit dem Kontext „%2“. %3</translation>
    </message>
    <message>
        <source>Make %1</source>
        <translation>Auf „%1“ setzen</translation>
    </message>
    <message>
        <source>Share %1 connections with the owner?</source>
        <translation>%1 Verbindungen mit dem Inhaber teilen?</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <source>Changed the level of %1 connections to %2.</source>
        <translation>Die Stufe von %1 Verbindungen wurde auf „%2“ geändert.</translation>
    </message>
    <message>
        <source>Personal and family connections left as they were: %1.</source>
        <translation>Unverändert gelassene persönliche oder familiäre Verbindungen: %1.</translation>
    </message>
    <message>
        <source>Name a company.</source>
        <translation>Nennen Sie eine Firma.</translation>
    </message>
    <message>
        <source>None of your connections works at “%1”.</source>
        <translation>Keine Ihrer Verbindungen arbeitet bei „%1“.</translation>
    </message>
    <message>
        <source>Added %1, private.</source>
        <translation>%1 wurde als privat hinzugefügt.</translation>
    </message>
    <message>
        <source>Connection %1 is no longer in your list.</source>
        <translation>Die Verbindung %1 ist nicht mehr in Ihrer Liste.</translation>
    </message>
    <message>
        <source>Everyone at a company</source>
        <translation>Alle bei einer Firma</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <source>Everyone at %1</source>
        <translation>Alle bei %1</translation>
    </message>
    <message>
        <source>Sharing level for your professional connections there (personal and family ones stay as they are):</source>
        <translation>Freigabestufe für Ihre beruflichen Verbindungen dort (persönliche und familiäre bleiben unverändert):</translation>
    </message>
    <message>
        <source>All professional connections</source>
        <translation>Alle beruflichen Verbindungen</translation>
    </message>
    <message>
        <source>Sharing level for all your professional connections (personal and family ones stay as they are):</source>
        <translation>Freigabestufe für alle Ihre beruflichen Verbindungen (persönliche und familiäre bleiben unverändert):</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import LinkedIn, Google, Outlook or vCard files (Ctrl+I); you can also drop them on the window</source>
        <translation>LinkedIn-, Google-, Outlook- oder vCard-Dateien importieren (Strg+I); Sie können sie auch auf das Fenster ziehen</translation>
    </message>
    <message>
        <source>&amp;Merge the two selected…</source>
        <translation>Die beiden ausgewählten &amp;zusammenführen…</translation>
    </message>
    <message>
        <source>Select exactly two connections to merge: the first one chosen is kept.</source>
        <translation>Wählen Sie genau zwei Verbindungen zum Zusammenführen aus: Die zuerst ausgewählte bleibt erhalten.</translation>
    </message>
    <message>
        <source>Merge two connections?</source>
        <translation>Zwei Verbindungen zusammenführen?</translation>
    </message>
    <message>
        <source>“%1” is kept, with empty fields filled from “%2” and its company and title; “%2” is removed. This cannot be undone.</source>
        <translation>„%1“ bleibt erhalten: Leere Felder werden aus „%2“ gefüllt, und Firma und Position werden von dort übernommen; „%2“ wird entfernt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;You have no connections here yet.&lt;/p&gt;&lt;p&gt;Import your LinkedIn connections or your address book with &lt;b&gt;Import…&lt;/b&gt; (Ctrl+I), drop the files on the window, or add a contact by hand (Insert). Everything you bring in starts private: only you can see it until you choose otherwise, one connection at a time or in bulk.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;Sie haben hier noch keine Verbindungen.&lt;/p&gt;&lt;p&gt;Importieren Sie Ihre LinkedIn-Verbindungen oder Ihr Adressbuch mit &lt;b&gt;Importieren…&lt;/b&gt; (Strg+I), ziehen Sie die Dateien auf das Fenster, oder fügen Sie einen Kontakt von Hand hinzu (Einfg). Alles, was Sie übernehmen, ist zunächst privat: Nur Sie sehen es, bis Sie etwas anderes festlegen – für einzelne Verbindungen oder für viele auf einmal.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>consentric::ui::DepartmentModel</name>
    <message>
        <source>Fewer than 3 people take part here, so the number is not shown: it could single someone out.</source>
        <translation>Hier nehmen weniger als 3 Personen teil. Die Zahl wird nicht angezeigt, weil sie Rückschlüsse auf einzelne Personen zulassen könnte.</translation>
    </message>
    <message>
        <source>Fewer than 3 people hold discoverable connections here, so the number is not shown.</source>
        <translation>Hier haben weniger als 3 Personen auffindbare Verbindungen, daher wird die Zahl nicht angezeigt.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Active people</source>
        <translation>Aktive Personen</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>Teilnehmend</translation>
    </message>
    <message>
        <source>Discoverable connections</source>
        <translation>Auffindbare Verbindungen</translation>
    </message>
</context>
<context>
    <name>consentric::ui::DiscoverPage</name>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>People reachable</source>
        <translation>Erreichbare Personen</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Teammitglieder</translation>
    </message>
    <message>
        <source>Nobody taking part has a discoverable or shared connection at any company yet.</source>
        <translation>Noch hat keine teilnehmende Person eine auffindbare oder geteilte Verbindung bei einem Unternehmen.</translation>
    </message>
    <message>
        <source>Introducer</source>
        <translation>Vermittelt durch</translation>
    </message>
    <message>
        <source>Contact (shared)</source>
        <translation>Kontakt (geteilt)</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Who on the team can reach a company. Counts include discoverable connections but never say who holds them; only shared connections are named, and reading the names is recorded in the audit log. An introduction always goes through the employee.</source>
        <translation>Wer im Team ein Unternehmen erreichen kann. Die Zahlen enthalten auffindbare Verbindungen, verraten aber nie, wer sie hat; nur geteilte Verbindungen werden genannt, und das Lesen der Namen wird im Prüfprotokoll vermerkt. Eine Vorstellung geht immer über die Mitarbeiterin oder den Mitarbeiter.</translation>
    </message>
    <message>
        <source>Company, in any spelling (Ctrl+F)</source>
        <translation>Unternehmen, in beliebiger Schreibweise (Strg+F)</translation>
    </message>
    <message>
        <source>Company to reach</source>
        <translation>Zu erreichendes Unternehmen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Companies the team can reach</source>
        <translation>Unternehmen, die das Team erreichen kann</translation>
    </message>
    <message>
        <source>Choose a company from the list, or type one above.</source>
        <translation>Wählen Sie ein Unternehmen aus der Liste oder geben Sie oben eines ein.</translation>
    </message>
    <message>
        <source>Introductions through shared connections</source>
        <translation>Vorstellungen über geteilte Verbindungen</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Entdecken</translation>
    </message>
    <message>
        <source>Team members who hold them: %1</source>
        <translation>Teammitglieder, die sie kennen: %1</translation>
    </message>
</context>
<context>
    <name>consentric::ui::EditConnectionsCommand</name>
    <message>
        <source>Edit connections</source>
        <translation>Verbindungen bearbeiten</translation>
    </message>
</context>
<context>
    <name>consentric::ui::EditPersonCommand</name>
    <message>
        <source>edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>consentric::ui::GuardrailsDialog</name>
    <message>
        <source>Guardrails</source>
        <translation>Schutzregeln</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>These keep the program free of pressure. You can tune them within their bounds; no setting switches them off. Opting out always cancels a person&apos;s pending requests, and declines are never shown by name.</source>
        <translation>Diese Regeln halten das Programm frei von Druck. Sie können sie innerhalb ihrer Grenzen anpassen; keine Einstellung schaltet sie ab. Wer seine Teilnahme beendet, dessen offene Anfragen werden immer abgebrochen, und Ablehnungen werden nie mit Namen angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Open requests per employee (1–3):</source>
        <translation>&amp;Offene Anfragen pro Person (1–3):</translation>
    </message>
    <message>
        <source>&amp;Wait after a request ends without an introduction (30–365):</source>
        <translation>&amp;Wartezeit, nachdem eine Anfrage ohne Vorstellung geendet hat (30–365):</translation>
    </message>
    <message>
        <source>Requests &amp;expire after (7–30):</source>
        <translation>Anfragen laufen &amp;ab nach (7–30):</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
</context>
<context>
    <name>consentric::ui::HelpBrowser</name>
    <message>
        <source>Consentric user guide</source>
        <translation>Consentric-Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>consentric::ui::ImportFilesPage</name>
    <message>
        <source>Choose the files</source>
        <translation>Dateien auswählen</translation>
    </message>
    <message>
        <source>LinkedIn Connections.csv, Google or Outlook contacts (CSV), other CSV or TSV tables, and vCard files (.vcf). Drop them here or add them. Everything you import starts private.</source>
        <translation>Connections.csv von LinkedIn, Google- oder Outlook-Kontakte (CSV), andere CSV- oder TSV-Tabellen und vCard-Dateien (.vcf). Ziehen Sie die Dateien hierher oder fügen Sie sie hinzu. Alles, was Sie importieren, ist zunächst privat.</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Zu importierende Dateien</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>Dateien &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Contact files</source>
        <translation>Kontaktdateien</translation>
    </message>
    <message>
        <source>Contact files (*.csv *.tsv *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Kontaktdateien (*.csv *.tsv *.txt *.vcf *.vcard);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>cannot be imported</source>
        <translation>kann nicht importiert werden</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 — %2, contacts: %3</source>
        <translation>%1 — %2, Kontakte: %3</translation>
    </message>
</context>
<context>
    <name>consentric::ui::ImportMatchesPage</name>
    <message>
        <source>new, private</source>
        <translation>neu, privat</translation>
    </message>
    <message>
        <source>already there: skipped</source>
        <translation>bereits vorhanden: übersprungen</translation>
    </message>
    <message>
        <source>same email or profile: merged (empty fields filled, newer company and title)</source>
        <translation>gleiche E-Mail-Adresse oder gleiches Profil: zusammengeführt (leere Felder gefüllt, neuere Firma und Position)</translation>
    </message>
    <message>
        <source>same name and company: kept, listed as a possible duplicate</source>
        <translation>gleicher Name und gleiche Firma: übernommen, als mögliches Duplikat aufgeführt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Bereits vorhanden</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Was geschehen wird</translation>
    </message>
    <message>
        <source>Contacts already there are skipped; a contact with the same email or profile address is merged; one with only the same name and company is kept and listed as a possible duplicate. Nothing is written until you choose Import.</source>
        <translation>Bereits vorhandene Kontakte werden übersprungen; ein Kontakt mit derselben E-Mail-Adresse oder Profiladresse wird zusammengeführt; einer, bei dem nur Name und Firma übereinstimmen, wird übernommen und als mögliches Duplikat aufgeführt. Es wird nichts geschrieben, bevor Sie „Importieren“ wählen.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Contacts that match ones you have</source>
        <translation>Kontakte, die zu vorhandenen passen</translation>
    </message>
    <message>
        <source>New: %1 · already there (skipped): %2 · merged: %3 · possible duplicates: %4</source>
        <translation>Neu: %1 · bereits vorhanden (übersprungen): %2 · zusammengeführt: %3 · mögliche Duplikate: %4</translation>
    </message>
</context>
<context>
    <name>consentric::ui::ImportPreviewPage</name>
    <message>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Profile address</source>
        <translation>Profiladresse</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation>Verbunden am</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Check what was read</source>
        <translation>Gelesene Daten prüfen</translation>
    </message>
    <message>
        <source>Consentric detected each file&apos;s format and encoding. If names look wrong (Ã© instead of é), choose another encoding; for a table, correct which column holds what.</source>
        <translation>Consentric hat Format und Zeichenkodierung jeder Datei erkannt. Wenn Namen falsch aussehen (Ã© statt é), wählen Sie eine andere Zeichenkodierung; bei einer Tabelle korrigieren Sie, welche Spalte was enthält.</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <source>The first contacts</source>
        <translation>Die ersten Kontakte</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>Zeichen&amp;kodierung:</translation>
    </message>
    <message>
        <source>&amp;Context of these contacts:</source>
        <translation>Kon&amp;text dieser Kontakte:</translation>
    </message>
    <message>
        <source>not a contact file Consentric can read</source>
        <translation>keine Kontaktdatei, die Consentric lesen kann</translation>
    </message>
    <message>
        <source>Contacts in this file: %1.</source>
        <translation>Kontakte in dieser Datei: %1.</translation>
    </message>
    <message>
        <source>Problems: %1 (listed line by line in the summary). The first: %2</source>
        <translation>Probleme: %1 (in der Zusammenfassung Zeile für Zeile aufgeführt). Das erste: %2</translation>
    </message>
</context>
<context>
    <name>consentric::ui::ImportSummaryPage</name>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Possibly the same as</source>
        <translation>Möglicherweise dieselbe Person wie</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Problems, file:line</source>
        <translation>Probleme, Datei:Zeile</translation>
    </message>
    <message>
        <source>&amp;Copy problems</source>
        <translation>Probleme &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Save problems…</source>
        <translation>Probleme &amp;speichern…</translation>
    </message>
    <message>
        <source>Save problems</source>
        <translation>Probleme speichern</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <source>%1: not imported; see the problems.</source>
        <translation>%1: nicht importiert; siehe Probleme.</translation>
    </message>
    <message>
        <source>%1: not imported: %2</source>
        <translation>%1: nicht importiert: %2</translation>
    </message>
    <message>
        <source>%1: imported %2, merged %3, skipped %4 (already there), possible duplicates %5.</source>
        <translation>%1: importiert: %2, zusammengeführt: %3, übersprungen: %4 (bereits vorhanden), mögliche Duplikate: %5.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Possible duplicates (same name and company): merge each into the connection you had, or keep both.</source>
        <translation>Mögliche Duplikate (gleicher Name und gleiche Firma): Führen Sie jedes mit der Verbindung zusammen, die Sie bereits hatten, oder behalten Sie beide.</translation>
    </message>
    <message>
        <source>Possible duplicates: none.</source>
        <translation>Mögliche Duplikate: keine.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>kept both</source>
        <translation>beide behalten</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>zusammengeführt</translation>
    </message>
</context>
<context>
    <name>consentric::ui::ImportWizard</name>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>You are signed out; sign in again to import.</source>
        <translation>Sie sind abgemeldet; melden Sie sich erneut an, um zu importieren.</translation>
    </message>
    <message>
        <source>Importing contacts…</source>
        <translation>Kontakte werden importiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 is %2 MB; contact exports are far smaller, so it was not read.</source>
        <translation>%1 ist %2 MB groß; Kontaktexporte sind viel kleiner, daher wurde die Datei nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::InboxPage</name>
    <message>
        <source>you were asked</source>
        <translation>Sie wurden gefragt</translation>
    </message>
    <message>
        <source>you accepted</source>
        <translation>Sie haben angenommen</translation>
    </message>
    <message>
        <source>you sent the introduction</source>
        <translation>Sie haben die Vorstellung gesendet</translation>
    </message>
    <message>
        <source>the meeting took place</source>
        <translation>das Treffen hat stattgefunden</translation>
    </message>
    <message>
        <source>the outcome was recorded</source>
        <translation>das Ergebnis wurde erfasst</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Angefragt am</translation>
    </message>
    <message>
        <source>Your answer (private)</source>
        <translation>Ihre Antwort (privat)</translation>
    </message>
    <message>
        <source>Make the &amp;introduction</source>
        <translation>&amp;Vorstellung übernehmen</translation>
    </message>
    <message>
        <source>Mention my &amp;name only</source>
        <translation>Nur meinen &amp;Namen nennen</translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation>&amp;Ablehnen…</translation>
    </message>
    <message>
        <source>Write the introduction</source>
        <translation>Vorstellung schreiben</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>Text &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Open in mail program</source>
        <translation>Im E-Mail-Programm ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Mark introduction &amp;sent</source>
        <translation>Vorstellung als &amp;gesendet markieren</translation>
    </message>
    <message>
        <source>They asked not to be contacted…</source>
        <translation>Person möchte nicht kontaktiert werden…</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>No requests. When the business would like an introduction that one of your shared connections could make, it arrives here, and only you see it until you answer.</source>
        <translation>Keine Anfragen. Wenn sich das Unternehmen eine Vorstellung wünscht, die eine Ihrer geteilten Verbindungen ermöglichen könnte, kommt die Anfrage hier an, und nur Sie sehen sie, bis Sie antworten.</translation>
    </message>
    <message>
        <source>Introduction text</source>
        <translation>Text der Vorstellung</translation>
    </message>
    <message>
        <source>&amp;Who you would introduce:</source>
        <translation>&amp;Wen Sie vorstellen würden:</translation>
    </message>
    <message>
        <source>If you decline, the owner never learns it was you: the request simply closes at its expiry, as if nobody answered. Your reason, if you give one, is readable only by you.</source>
        <translation>Wenn Sie ablehnen, erfährt der Inhaber nie, dass Sie es waren: Die Anfrage wird einfach mit ihrem Ablauf geschlossen, als hätte niemand geantwortet. Ihre Begründung, falls Sie eine angeben, können nur Sie lesen.</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>Vo&amp;rlage:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>Edit freely: these are your words. Consentric sends nothing; copy the text or open it in your own mail program.</source>
        <translation>Bearbeiten Sie den Text frei: Es sind Ihre Worte. Consentric sendet nichts; kopieren Sie den Text oder öffnen Sie ihn in Ihrem eigenen E-Mail-Programm.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Optionally, a reason for yourself (nobody else can read it). The owner will not learn that you declined.</source>
        <translation>Optional eine Begründung für Sie selbst (niemand sonst kann sie lesen). Der Inhaber erfährt nicht, dass Sie abgelehnt haben.</translation>
    </message>
    <message>
        <source>Do not contact again</source>
        <translation>Nicht mehr kontaktieren</translation>
    </message>
    <message>
        <source>The person you introduced asked not to be contacted again. Consentric puts them on the do-not-contact list (as a keyed code, not their name) and will refuse any later request that would reach them. The request ends with no result.</source>
        <translation>Die Person, die Sie vorgestellt haben, möchte nicht mehr kontaktiert werden. Consentric setzt sie auf die Kontaktsperrliste (als verschlüsselten Code, nicht mit ihrem Namen) und lehnt jede spätere Anfrage ab, die sie erreichen würde. Die Anfrage endet ohne Ergebnis.</translation>
    </message>
    <message>
        <source>Add to do-not-contact</source>
        <translation>Auf die Kontaktsperrliste setzen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;Asked by %1 on %2. %3&lt;/p&gt;&lt;p&gt;&lt;i&gt;“%4”&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Angefragt von %1 am %2. %3&lt;/p&gt;&lt;p&gt;&lt;i&gt;„%4“&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Please answer by %1; after that it closes by itself.</source>
        <translation>Bitte antworten Sie bis zum %1; danach wird die Anfrage automatisch geschlossen.</translation>
    </message>
    <message>
        <source>Your status: %1.</source>
        <translation>Ihr Status: %1.</translation>
    </message>
    <message>
        <source>&lt;p&gt;You were asked by name, because you shared this connection.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sie wurden namentlich gefragt, weil Sie diese Verbindung geteilt haben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Everyone on the team who could help was asked; the first to accept takes it, and the others are told it is taken.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Alle im Team, die helfen könnten, wurden gefragt; wer zuerst annimmt, übernimmt die Anfrage, und die anderen erfahren, dass sie vergeben ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your reason (only you can read it): %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ihre Begründung (nur Sie können sie lesen): %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The person you introduced asked not to be contacted again; they are on the do-not-contact list.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Person, die Sie vorgestellt haben, möchte nicht mehr kontaktiert werden; sie steht auf der Kontaktsperrliste.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> (a step was taken back)</source>
        <translation> (ein Schritt wurde zurückgenommen)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What happened since&lt;/h3&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Was seitdem geschehen ist&lt;/h3&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Outcome: &lt;b&gt;%1&lt;/b&gt;. Thank you for making it possible.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ergebnis: &lt;b&gt;%1&lt;/b&gt;. Vielen Dank, dass Sie es möglich gemacht haben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>the disclosure (why you are writing, on whose behalf) and the opt-out line</source>
        <translation>den Transparenzhinweis (warum Sie schreiben, in wessen Auftrag) und den Widerspruchshinweis</translation>
    </message>
    <message>
        <source>the disclosure (why you are writing, on whose behalf)</source>
        <translation>den Transparenzhinweis (warum Sie schreiben, in wessen Auftrag)</translation>
    </message>
    <message>
        <source>the opt-out line (how they can say no to further contact)</source>
        <translation>den Widerspruchshinweis (wie die Person weiteren Kontakt ablehnen kann)</translation>
    </message>
    <message>
        <source>Before it leaves</source>
        <translation>Bevor die Nachricht hinausgeht</translation>
    </message>
    <message>
        <source>Your text no longer contains %1. The person you write to should know why you are writing and how to say no. It is your message and your choice: continue anyway?</source>
        <translation>Ihr Text enthält %1 nicht mehr. Die Person, an die Sie schreiben, sollte wissen, warum Sie schreiben und wie sie ablehnen kann. Es ist Ihre Nachricht und Ihre Entscheidung: Trotzdem fortfahren?</translation>
    </message>
    <message>
        <source>Continue anyway</source>
        <translation>Trotzdem fortfahren</translation>
    </message>
    <message>
        <source>The text is on the clipboard. Paste it into your mail program; the subject is “%1”.</source>
        <translation>Der Text ist in der Zwischenablage. Fügen Sie ihn in Ihr E-Mail-Programm ein; der Betreff lautet „%1“.</translation>
    </message>
    <message>
        <source>No mail program opened the message. Use Copy text and paste it into your mail program instead.</source>
        <translation>Kein E-Mail-Programm hat die Nachricht geöffnet. Verwenden Sie stattdessen „Text kopieren“ und fügen Sie den Text in Ihr E-Mail-Programm ein.</translation>
    </message>
    <message>
        <source>Choose a request and one of your connections first.</source>
        <translation>Wählen Sie zuerst eine Anfrage und eine Ihrer Verbindungen aus.</translation>
    </message>
    <message>
        <source>Thank you. Write the introduction below, in your own words, and mark it sent.</source>
        <translation>Vielen Dank. Schreiben Sie die Vorstellung unten mit Ihren eigenen Worten, und markieren Sie sie als gesendet.</translation>
    </message>
    <message>
        <source>Thank you. The owner now knows your name may be mentioned.</source>
        <translation>Vielen Dank. Der Inhaber weiß jetzt, dass Ihr Name genannt werden darf.</translation>
    </message>
    <message>
        <source>Choose a request first.</source>
        <translation>Wählen Sie zuerst eine Anfrage aus.</translation>
    </message>
    <message>
        <source>Declined. Nobody else will know; the request closes by itself at its expiry.</source>
        <translation>Abgelehnt. Niemand sonst erfährt davon; die Anfrage wird mit ihrem Ablauf automatisch geschlossen.</translation>
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
        <translation>Seiten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>&amp;Zuletzt geöffnete Datenbanken</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>&amp;Sicherung erstellen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;About Consentric</source>
        <translation>Ü&amp;ber Consentric</translation>
    </message>
    <message>
        <source>PostgreSQL password</source>
        <translation>PostgreSQL-Passwort</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Loaded the demo company: %1 people and %2 connections. Everything here is made up.</source>
        <translation>Die Demo-Firma wurde geladen: %1 Personen und %2 Verbindungen. Alles hier ist frei erfunden.</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>Consentric databases (*.sqlite)</source>
        <translation>Consentric-Datenbanken (*.sqlite)</translation>
    </message>
    <message>
        <source>“%1” already exists. A new database needs a new file name; use Open database for an existing one.</source>
        <translation>„%1“ existiert bereits. Eine neue Datenbank braucht einen neuen Dateinamen; eine vorhandene öffnen Sie mit „Datenbank öffnen“.</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Keine zuletzt geöffneten Datenbanken</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Die Sicherung wurde unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>About Consentric</source>
        <translation>Über Consentric</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Consentric %1&lt;/h3&gt;&lt;p&gt;Referrals and warm introductions through your team&apos;s networks, with consent: every employee decides, connection by connection, what the business may see, and every introduction goes through them first.&lt;/p&gt;&lt;p&gt;Local-first: your data stays in your database.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Consentric %1&lt;/h3&gt;&lt;p&gt;Empfehlungen und persönliche Vorstellungen über die Netzwerke Ihres Teams, mit Einwilligung: Alle Mitarbeitenden entscheiden Verbindung für Verbindung, was das Unternehmen sehen darf, und jede Vorstellung läuft zuerst über sie.&lt;/p&gt;&lt;p&gt;Lokal zuerst: Ihre Daten bleiben in Ihrer Datenbank.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Signed out after %1 minutes without use. Your decrypted data was cleared from memory.</source>
        <translation>Nach %1 Minuten ohne Nutzung abgemeldet. Ihre entschlüsselten Daten wurden aus dem Arbeitsspeicher gelöscht.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>%1 (signed in as %2)</source>
        <translation>%1 (angemeldet als %2)</translation>
    </message>
    <message>
        <source>Every demo account&apos;s passphrase is “demo”. Sign in as the owner, Morgan Avery, to run the program, or as an employee such as Sam Rivera to see their side.</source>
        <translation>Die Passphrase jedes Demo-Kontos lautet „demo“. Melden Sie sich als Inhaber Morgan Avery an, um das Programm zu leiten, oder z. B. als Sam Rivera, um die Sicht der Mitarbeitenden kennenzulernen.</translation>
    </message>
    <message>
        <source>This database has no organisation yet; set one up or load the demo first.</source>
        <translation>Diese Datenbank hat noch keine Organisation; richten Sie zuerst eine ein oder laden Sie die Demo-Firma.</translation>
    </message>
    <message>
        <source>The connection policy changed (version %1). Your sharing stays exactly as it is; please read the new version and acknowledge it on this page.</source>
        <translation>Die Verbindungsrichtlinie wurde geändert (Version %1). Ihre Freigaben bleiben genau so, wie sie sind; bitte lesen Sie die neue Version und bestätigen Sie sie auf dieser Seite.</translation>
    </message>
    <message>
        <source>The %1 for %2 is overdue (it was due by %3). Record it under Policy and reviews.</source>
        <translation>Die %1 für %2 ist überfällig (sie war bis %3 fällig). Erfassen Sie sie unter „Richtlinie und Überprüfungen“.</translation>
    </message>
    <message>
        <source>The %1 for %2 is due by %3. Record it under Policy and reviews.</source>
        <translation>Die %1 für %2 ist bis %3 fällig. Erfassen Sie sie unter „Richtlinie und Überprüfungen“.</translation>
    </message>
    <message>
        <source>Your one-to-ones are paused after three that did not take place. No reason is needed: say on this page whether you would like to stay.</source>
        <translation>Ihre Eins-zu-eins-Gespräche ruhen, nachdem drei nicht stattgefunden haben. Eine Begründung ist nicht nötig: Geben Sie auf dieser Seite an, ob Sie dabeibleiben möchten.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::MapPage</name>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>The team and the connections its members chose to share, by name. Companies reached through discoverable connections are counted from “The team” and name nobody. Choose a person or company for the strongest introduction paths; an introduction always goes through the employee.</source>
        <translation>Das Team und die Verbindungen, die seine Mitglieder mit Namen geteilt haben. Unternehmen, die über auffindbare Verbindungen erreicht werden, werden von „Das Team“ aus gezählt und nennen niemanden. Wählen Sie eine Person oder ein Unternehmen, um die stärksten Wege für eine Vorstellung zu sehen; eine Vorstellung geht immer über die Mitarbeiterin oder den Mitarbeiter.</translation>
    </message>
    <message>
        <source>Your whole network, as only you see it: every connection, private ones included, ringed by its sharing level (grey private, amber discoverable, green shared). Choose a person or company for your strongest paths to it.</source>
        <translation>Ihr gesamtes Netzwerk, wie nur Sie es sehen: jede Verbindung, auch die privaten, umrandet nach ihrer Freigabestufe (grau privat, gelb auffindbar, grün geteilt). Wählen Sie eine Person oder ein Unternehmen, um Ihre stärksten Wege dorthin zu sehen.</translation>
    </message>
    <message>
        <source>Details of the chosen node</source>
        <translation>Details zum gewählten Knoten</translation>
    </message>
    <message>
        <source>Choose a node on the map, or find one (Ctrl+F), for its details and the strongest paths to it.</source>
        <translation>Wählen Sie einen Knoten auf der Karte oder suchen Sie einen (Strg+F), um seine Details und die stärksten Wege dorthin zu sehen.</translation>
    </message>
    <message>
        <source>Layout progress</source>
        <translation>Fortschritt der Anordnung</translation>
    </message>
    <message>
        <source>Stop the layout where it is (Esc)</source>
        <translation>Die Anordnung an der aktuellen Stelle anhalten (Esc)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Network map</source>
        <translation>Netzwerkkarte</translation>
    </message>
    <message>
        <source>Find a person or company (Ctrl+F)</source>
        <translation>Eine Person oder ein Unternehmen suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Find on the map</source>
        <translation>Auf der Karte suchen</translation>
    </message>
    <message>
        <source>Nothing on the map is called “%1”. Check the filters, or try part of the name.</source>
        <translation>Auf der Karte heißt nichts „%1“. Prüfen Sie die Filter, oder versuchen Sie es mit einem Teil des Namens.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Any company</source>
        <translation>Jedes Unternehmen</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Any context</source>
        <translation>Jeder Kontext</translation>
    </message>
    <message>
        <source>Sharing level</source>
        <translation>Freigabestufe</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Jede Stufe</translation>
    </message>
    <message>
        <source>Strength at least </source>
        <translation>Stärke mindestens </translation>
    </message>
    <message>
        <source>Minimum strength</source>
        <translation>Mindeststärke</translation>
    </message>
    <message>
        <source>Springs</source>
        <translation>Federn</translation>
    </message>
    <message>
        <source>Rings</source>
        <translation>Ringe</translation>
    </message>
    <message>
        <source>Arrangement</source>
        <translation>Anordnung</translation>
    </message>
    <message>
        <source>Springs: connected people close together. Rings: by hops from the chosen person (or you).</source>
        <translation>Federn: verbundene Personen liegen nah beieinander. Ringe: nach Schritten von der gewählten Person (oder von Ihnen) aus.</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole map (0)</source>
        <translation>Die ganze Karte anzeigen (0)</translation>
    </message>
    <message>
        <source>Save what is in view as PNG or SVG (Ctrl+Shift+E)</source>
        <translation>Den sichtbaren Ausschnitt als PNG oder SVG speichern (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Karte exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Grafik (*.svg)</translation>
    </message>
    <message>
        <source>The map as it is in view was saved to %1.</source>
        <translation>Die Karte wurde so, wie sie zu sehen ist, unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Employee, coloured by department</source>
        <translation>Mitarbeitende(r), nach Abteilung eingefärbt</translation>
    </message>
    <message>
        <source>Person in a shared connection</source>
        <translation>Person in einer geteilten Verbindung</translation>
    </message>
    <message>
        <source>Person, %1</source>
        <translation>Person, %1</translation>
    </message>
    <message>
        <source>Company; on a very large map, a number inside counts its people (zoom in to see them)</source>
        <translation>Unternehmen; auf einer sehr großen Karte zählt eine Zahl darin die Personen dort (vergrößern Sie, um sie zu sehen)</translation>
    </message>
    <message>
        <source>The team; dashed amber: people at a company reached through discoverable connections, counted, never named</source>
        <translation>Das Team; gelb gestrichelt: Personen bei einem Unternehmen, die über auffindbare Verbindungen erreicht werden – gezählt, nie genannt</translation>
    </message>
    <message>
        <source>Connection: the wider, the stronger (1 to 5); far out on a big map, only 3 and up until you zoom in</source>
        <translation>Verbindung: je breiter, desto stärker (1 bis 5); weit herausgezoomt zeigt eine große Karte nur Stärke 3 und mehr, bis Sie hineinzoomen</translation>
    </message>
    <message>
        <source>A strongest path to the chosen node</source>
        <translation>Ein stärkster Weg zum gewählten Knoten</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle Abteilungen</translation>
    </message>
    <message>
        <source>Nobody on the team can reach %1 yet, or not with these filters.</source>
        <translation>Noch niemand im Team kann %1 erreichen, oder nicht mit diesen Filtern.</translation>
    </message>
    <message>
        <source>You have no connection at %1, or none with these filters.</source>
        <translation>Sie haben keine Verbindung bei %1, oder keine mit diesen Filtern.</translation>
    </message>
    <message>
        <source>Nothing to draw between people yet: nobody taking part shares or offers a connection. The map fills as employees choose what the business may see.</source>
        <translation>Noch gibt es zwischen Personen nichts zu zeichnen: Keine teilnehmende Person teilt oder bietet eine Verbindung an. Die Karte füllt sich, sobald Mitarbeitende festlegen, was das Unternehmen sehen darf.</translation>
    </message>
    <message>
        <source>You have no connections yet. Add or import them on My connections (Ctrl+I); they stay private until you choose otherwise.</source>
        <translation>Sie haben noch keine Verbindungen. Fügen Sie sie unter „Meine Verbindungen“ hinzu oder importieren Sie sie (Strg+I); sie bleiben privat, bis Sie etwas anderes festlegen.</translation>
    </message>
    <message>
        <source>No connection matches these filters. Loosen one of them to see more.</source>
        <translation>Keine Verbindung passt zu diesen Filtern. Lockern Sie einen davon, um mehr zu sehen.</translation>
    </message>
    <message>
        <source>The layout was stopped; the map stays as it was drawn. Choose Springs again to go on.</source>
        <translation>Die Anordnung wurde angehalten; die Karte bleibt, wie sie gezeichnet wurde. Wählen Sie erneut „Federn“, um fortzufahren.</translation>
    </message>
    <message>
        <source>No connection of theirs is on this map.</source>
        <translation>Keine ihrer Verbindungen ist auf dieser Karte.</translation>
    </message>
    <message>
        <source>Connections on this map: %1</source>
        <translation>Verbindungen auf dieser Karte: %1</translation>
    </message>
    <message>
        <source>Nobody on the team reaches %1 within 4 hops through shared connections.</source>
        <translation>Niemand im Team erreicht %1 in höchstens 4 Schritten über geteilte Verbindungen.</translation>
    </message>
    <message>
        <source>You do not reach %1 within 4 hops.</source>
        <translation>Sie erreichen %1 nicht in höchstens 4 Schritten.</translation>
    </message>
    <message>
        <source>Strongest introductions from the team (ask the employee first):</source>
        <translation>Stärkste Vorstellungen aus dem Team (fragen Sie zuerst die Mitarbeiterin oder den Mitarbeiter):</translation>
    </message>
    <message>
        <source>Your strongest paths:</source>
        <translation>Ihre stärksten Wege:</translation>
    </message>
    <message>
        <source>(strength %1) %2</source>
        <translation>(Stärke %1) %2</translation>
    </message>
    <message>
        <source>Arrange the map in rings around this</source>
        <translation>Die Karte in Ringen um diesen Knoten anordnen</translation>
    </message>
    <message>
        <source>Employees: %1 · people: %2 · companies: %3 · separate pieces: %4</source>
        <translation>Mitarbeitende: %1 · Personen: %2 · Unternehmen: %3 · getrennte Teile: %4</translation>
    </message>
    <message>
        <source>Too many to draw one by one: departments and companies stand for their members; zoom in on one to see them.</source>
        <translation>Zu viele, um sie einzeln zu zeichnen: Abteilungen und Unternehmen stehen für ihre Mitglieder; vergrößern Sie eines davon, um sie zu sehen.</translation>
    </message>
    <message>
        <source>Laying out…</source>
        <translation>Wird angeordnet…</translation>
    </message>
</context>
<context>
    <name>consentric::ui::MapView</name>
    <message>
        <source>Network map</source>
        <translation>Netzwerkkarte</translation>
    </message>
    <message>
        <source>Wheel, pinch or + and − zoom; 0 fits the map; drag or the arrow keys pan; Alt and an arrow key steps to the nearest node that way; Ctrl+F finds a node.</source>
        <translation>Mausrad, Zwei-Finger-Geste oder + und − zoomen; 0 passt die Karte ein; Ziehen oder die Pfeiltasten verschieben; Alt und eine Pfeiltaste springen zum nächsten Knoten in dieser Richtung; Strg+F sucht einen Knoten.</translation>
    </message>
    <message>
        <source>Consentric network map</source>
        <translation>Consentric-Netzwerkkarte</translation>
    </message>
    <message>
        <source>The map could not be written to %1: check that the folder exists and can be written to.</source>
        <translation>Die Karte konnte nicht unter %1 gespeichert werden: Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>The map can be exported as .png or .svg, not “.%1”.</source>
        <translation>Die Karte kann als .png oder .svg exportiert werden, nicht als „.%1“.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::MeetingText</name>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>a meeting&apos;s date: Mon 5 Oct 2026</comment>
        <translation>ddd, d. MMM yyyy</translation>
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
        <translation>1 Eins-zu-eins-Gespräch</translation>
    </message>
    <message>
        <source>%1 one-to-ones</source>
        <translation>%1 Eins-zu-eins-Gespräche</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>1 Mitglied</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1 Mitglieder</translation>
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
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Across departments</source>
        <translation>Abteilungsübergreifend</translation>
    </message>
    <message>
        <source>Conversation prompt</source>
        <translation>Gesprächsanstoß</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>E-mail draft</source>
        <translation>E-Mail-Entwurf</translation>
    </message>
    <message>
        <source>Open an e-mail to %1 with the time and the prompt in your mail program</source>
        <translation>Eine E-Mail an %1 mit dem Termin und dem Gesprächsanstoß in Ihrem E-Mail-Programm öffnen</translation>
    </message>
    <message>
        <source>Wrote 1 invitation (an .ics file) to %1. Send it to the people in the meeting, or open it in your calendar program.</source>
        <translation>1 Einladung (eine .ics-Datei) nach %1 geschrieben. Senden Sie sie an die Personen des Treffens, oder öffnen Sie sie in Ihrem Kalenderprogramm.</translation>
    </message>
    <message>
        <source>Wrote %1 invitations (.ics files, one per meeting) to %2. Send each to the people in it, or open them in your calendar program.</source>
        <translation>%1 Einladungen (.ics-Dateien, eine pro Treffen) nach %2 geschrieben. Senden Sie jede an die beteiligten Personen, oder öffnen Sie sie in Ihrem Kalenderprogramm.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>consentric::ui::MetricsPage</name>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Monat für Monat</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dieses Quartal</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Letztes Quartal</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Since the program started</source>
        <translation>Seit Programmbeginn</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Any dates are widened to whole months, and every figure is counted month by month, so two ranges never differ by a few days that could single someone out.</source>
        <translation>Alle Daten werden auf ganze Monate erweitert, und jede Zahl wird Monat für Monat gezählt, sodass sich zwei Zeiträume nie um wenige Tage unterscheiden, die eine einzelne Person erkennbar machen könnten.</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>B&amp;is:</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Teilnahme</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>Pulsbefragung</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>Counted month by month: a month in which fewer than 3 employees stand behind the figure is left out of the total, so no one can be singled out by comparing ranges; &quot;at least&quot; says months were left out.</source>
        <translation>Monat für Monat gezählt: Ein Monat, in dem weniger als 3 Mitarbeitende hinter der Zahl stehen, wird nicht mitgezählt, damit niemand durch den Vergleich von Zeiträumen erkennbar wird; „mindestens“ bedeutet, dass Monate weggelassen wurden.</translation>
    </message>
    <message>
        <source>These are your own records, not what an employee did, so they are shown as they are.</source>
        <translation>Dies sind Ihre eigenen Aufzeichnungen, nicht das, was Mitarbeitende getan haben, daher werden sie unverändert angezeigt.</translation>
    </message>
    <message>
        <source>A concern has no author on record, so each counts as one person: a month with fewer than 3 concerns is left out of the total, so no one can be singled out by comparing ranges; &quot;at least&quot; says months were left out.</source>
        <translation>Zu einem Anliegen ist keine meldende Person gespeichert, daher zählt jedes als eine Person: Ein Monat mit weniger als 3 Anliegen wird nicht mitgezählt, damit niemand durch den Vergleich von Zeiträumen erkennbar wird; „mindestens“ bedeutet, dass Monate weggelassen wurden.</translation>
    </message>
    <message>
        <source>Connections of participating employees at this level today, whatever the range. Hidden when fewer than 3 employees hold connections at this level.</source>
        <translation>Verbindungen teilnehmender Mitarbeitender auf dieser Stufe, Stand heute, unabhängig vom Zeitraum. Verborgen, wenn weniger als 3 Mitarbeitende Verbindungen auf dieser Stufe haben.</translation>
    </message>
    <message>
        <source>%1 connections:</source>
        <translation>Verbindungen (%1):</translation>
    </message>
    <message>
        <source>Pulse comments</source>
        <translation>Kommentare zur Pulsbefragung</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Quartal:</translation>
    </message>
    <message>
        <source>Comments never appear in the printed report. They are listed in alphabetical order, never in the order they were written.</source>
        <translation>Kommentare erscheinen nie im gedruckten Bericht. Sie werden alphabetisch aufgeführt, nie in der Reihenfolge, in der sie geschrieben wurden.</translation>
    </message>
    <message>
        <source>%1 – %2, whole months</source>
        <translation>%1 – %2, ganze Monate</translation>
    </message>
    <message>
        <source>Taking part:</source>
        <translation>Teilnehmend:</translation>
    </message>
    <message>
        <source>Taking part, end of %1:</source>
        <translation>Teilnehmend, Ende %1:</translation>
    </message>
    <message>
        <source>not yet: the range has not begun</source>
        <translation>noch nicht: Der Zeitraum hat noch nicht begonnen</translation>
    </message>
    <message>
        <source>%1% (%2 people)</source>
        <translation>%1 % (%2 Personen)</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 Personen</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>fewer than 3 introducers</source>
        <translation>weniger als 3 vorstellende Personen</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 von 5</translation>
    </message>
    <message>
        <source>hidden: fewer than 3 answers</source>
        <translation>verborgen: weniger als 3 Antworten</translation>
    </message>
    <message>
        <source>none begun yet</source>
        <translation>noch keines begonnen</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>Teilnehmend</translation>
    </message>
    <message>
        <source>Answers to requests</source>
        <translation>Antworten auf Anfragen</translation>
    </message>
    <message>
        <source>Acceptances</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <source>Declines</source>
        <translation>Ablehnungen</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Comfort</source>
        <translation>Wohlbefinden</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Druck</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Zufriedenheit</translation>
    </message>
    <message>
        <source>Pulse (1–5)</source>
        <translation>Pulsbefragung (1–5)</translation>
    </message>
    <message>
        <source>No quarter of the range has begun yet.</source>
        <translation>Noch hat kein Quartal des Zeitraums begonnen.</translation>
    </message>
    <message>
        <source>Comments are shown only for a quarter with at least 3 answers.</source>
        <translation>Kommentare werden nur für ein Quartal mit mindestens 3 Antworten angezeigt.</translation>
    </message>
    <message>
        <source>Nobody wrote a comment with their answer in %1.</source>
        <translation>Im Quartal %1 hat niemand einen Kommentar zu seiner Antwort geschrieben.</translation>
    </message>
    <message>
        <source>Taking part today:</source>
        <translation>Teilnehmend, heute:</translation>
    </message>
    <message>
        <source>How the referral program and the one-to-ones are going, over whole months. Figures that count what employees did are counted month by month, and a month with fewer than 3 people behind a figure is left out: such figures read &quot;fewer than 3&quot; or &quot;at least&quot;. Rest the pointer on a figure to see how it is counted.</source>
        <translation>Wie sich das Empfehlungsprogramm und die Eins-zu-eins-Gespräche entwickeln, über ganze Monate. Zahlen darüber, was Mitarbeitende getan haben, werden Monat für Monat gezählt, und ein Monat, in dem weniger als 3 Personen hinter einer Zahl stehen, wird weggelassen: Solche Zahlen lauten „weniger als 3“ oder „mindestens“. Halten Sie den Mauszeiger über eine Zahl, um zu sehen, wie sie gezählt wird.</translation>
    </message>
    <message>
        <source>One-to-ones</source>
        <translation>Eins-zu-eins-Gespräche</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1% (%2 people marked)</source>
        <translation>%1 % (%2 Personen haben markiert)</translation>
    </message>
    <message>
        <source>%1 (%2% of employees)</source>
        <translation>%1 (%2 % der Mitarbeiter)</translation>
    </message>
    <message>
        <source>hidden: fewer than 3 people marked in any month</source>
        <translation>verborgen: in keinem Monat haben mindestens 3 Personen markiert</translation>
    </message>
    <message>
        <source>%1% (%2 people marked; months with fewer than 3 left out)</source>
        <translation>%1 % (%2 Personen haben markiert; Monate mit weniger als 3 bleiben außen vor)</translation>
    </message>
</context>
<context>
    <name>consentric::ui::MyMeetingsPanel</name>
    <message>
        <source>No one-to-ones yet. Once you have joined, the owner&apos;s next round pairs you with a colleague, and the meeting appears here.</source>
        <translation>Noch keine Eins-zu-eins-Gespräche. Sobald Sie beigetreten sind, bringt die nächste Runde des Inhabers Sie mit einer Kollegin oder einem Kollegen zusammen, und das Treffen erscheint hier.</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <source>Nothing arranged yet: the next round adds your next one-to-one.</source>
        <translation>Noch nichts geplant: Die nächste Runde fügt Ihr nächstes Eins-zu-eins-Gespräch hinzu.</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Vergangen</translation>
    </message>
    <message>
        <source>and %1 earlier.</source>
        <translation>und %1 davor.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; with %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; mit %2</translation>
    </message>
    <message>
        <source>Something to talk about: %1</source>
        <translation>Gesprächsstoff: %1</translation>
    </message>
    <message>
        <source>Save to &amp;calendar…</source>
        <translation>Im &amp;Kalender speichern…</translation>
    </message>
    <message>
        <source>Save this one-to-one as a calendar file (.ics) to open in your calendar program</source>
        <translation>Dieses Eins-zu-eins-Gespräch als Kalenderdatei (.ics) speichern, um es in Ihrem Kalenderprogramm zu öffnen</translation>
    </message>
    <message>
        <source>E-&amp;mail draft</source>
        <translation>E-&amp;Mail-Entwurf</translation>
    </message>
    <message>
        <source>Open an e-mail to the people in it with the time and the prompt, in your mail program</source>
        <translation>Eine E-Mail an die beteiligten Personen mit dem Termin und dem Gesprächsanstoß in Ihrem E-Mail-Programm öffnen</translation>
    </message>
    <message>
        <source>Did it take place? Mark it held or skipped; no reason is asked.</source>
        <translation>Hat es stattgefunden? Markieren Sie es als stattgefunden oder ausgefallen; nach Gründen wird nicht gefragt.</translation>
    </message>
    <message>
        <source>You marked it held.</source>
        <translation>Sie haben es als stattgefunden markiert.</translation>
    </message>
    <message>
        <source>You marked it skipped.</source>
        <translation>Sie haben es als ausgefallen markiert.</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Private Notizen</translation>
    </message>
    <message>
        <source>Private notes: only you can read them, not the owner and not your colleague.</source>
        <translation>Private Notizen: Nur Sie können sie lesen, weder der Inhaber noch Ihr Gegenüber.</translation>
    </message>
    <message>
        <source>He&amp;ld</source>
        <translation>Statt&amp;gefunden</translation>
    </message>
    <message>
        <source>It took place; saves your notes too</source>
        <translation>Es hat stattgefunden; speichert auch Ihre Notizen</translation>
    </message>
    <message>
        <source>S&amp;kipped</source>
        <translation>A&amp;usgefallen</translation>
    </message>
    <message>
        <source>It did not take place; saves your notes too</source>
        <translation>Es hat nicht stattgefunden; speichert auch Ihre Notizen</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>Marked held. Your notes are saved, for you alone.</source>
        <translation>Als stattgefunden markiert. Ihre Notizen sind gespeichert, nur für Sie.</translation>
    </message>
    <message>
        <source>Marked skipped. Your notes are saved, for you alone.</source>
        <translation>Als ausgefallen markiert. Ihre Notizen sind gespeichert, nur für Sie.</translation>
    </message>
    <message>
        <source>This one-to-one is no longer in your list. Reload the page.</source>
        <translation>Dieses Eins-zu-eins-Gespräch ist nicht mehr in Ihrer Liste. Laden Sie die Seite neu.</translation>
    </message>
    <message>
        <source>Saved the one-to-one as %1. Open it in your calendar program to add it.</source>
        <translation>Das Eins-zu-eins-Gespräch wurde als %1 gespeichert. Öffnen Sie die Datei in Ihrem Kalenderprogramm, um es hinzuzufügen.</translation>
    </message>
    <message>
        <source>Save the one-to-one to a calendar file</source>
        <translation>Das Eins-zu-eins-Gespräch in einer Kalenderdatei speichern</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>No mail program opened the draft. Save the one-to-one to your calendar instead.</source>
        <translation>Kein E-Mail-Programm hat den Entwurf geöffnet. Speichern Sie das Eins-zu-eins-Gespräch stattdessen in Ihrem Kalender.</translation>
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
        <translation>Ihre letzten drei Eins-zu-eins-Gespräche sind ausgefallen, daher ruht Ihre Teilnahme. Möchten Sie dabeibleiben?</translation>
    </message>
    <message>
        <source>S&amp;tay in the one-to-ones</source>
        <translation>Bei den Eins-zu-eins-Gesprächen &amp;bleiben</translation>
    </message>
    <message>
        <source>L&amp;eave</source>
        <translation>Aus&amp;treten</translation>
    </message>
    <message>
        <source>One-to-ones are half-hour conversations with a colleague, most often from another department, arranged in rounds by the owner. You choose how often and when you work; each meeting comes with something to talk about, as a calendar file or an e-mail. Taking part is voluntary, and you can leave at any time.</source>
        <translation>Eins-zu-eins-Gespräche sind halbstündige Gespräche mit einer Kollegin oder einem Kollegen, meist aus einer anderen Abteilung, die der Inhaber in Runden organisiert. Sie wählen, wie oft, und geben an, wann Sie arbeiten; jedes Treffen kommt mit einem Gesprächsanstoß, als Kalenderdatei oder als E-Mail. Die Teilnahme ist freiwillig, und Sie können jederzeit austreten.</translation>
    </message>
    <message>
        <source>The owner sees who is paired with whom and when. Your notes, your held/skipped marks and your do-not-pair list are never shown to anyone.</source>
        <translation>Der Inhaber sieht, wer mit wem und wann zusammengebracht wird. Ihre Notizen, Ihre Markierungen „stattgefunden“/„ausgefallen“ und Ihre Ausschlussliste werden niemandem gezeigt.</translation>
    </message>
    <message>
        <source>Only you can read your notes; the owner never sees them or whether you marked a one-to-one held or skipped.</source>
        <translation>Nur Sie können Ihre Notizen lesen; der Inhaber sieht weder sie noch, ob Sie ein Eins-zu-eins-Gespräch als stattgefunden oder ausgefallen markiert haben.</translation>
    </message>
    <message>
        <source>One-to-ones</source>
        <translation>Eins-zu-eins-Gespräche</translation>
    </message>
    <message>
        <source>My one-to-ones</source>
        <translation>Meine Eins-zu-eins-Gespräche</translation>
    </message>
    <message>
        <source>Your one-to-one settings are saved.</source>
        <translation>Ihre Einstellungen für Eins-zu-eins-Gespräche sind gespeichert.</translation>
    </message>
    <message>
        <source>You joined the one-to-ones. The owner&apos;s next round pairs you with a colleague.</source>
        <translation>Sie sind den Eins-zu-eins-Gesprächen beigetreten. Die nächste Runde des Inhabers bringt Sie mit einer Kollegin oder einem Kollegen zusammen.</translation>
    </message>
    <message>
        <source>Snoozed: rounds before %1 leave you out.</source>
        <translation>Pausiert: Runden vor %1 lassen Sie aus.</translation>
    </message>
    <message>
        <source>The snooze is over: the next round includes you again.</source>
        <translation>Die Pause ist beendet: Die nächste Runde bezieht Sie wieder ein.</translation>
    </message>
    <message>
        <source>Glad you are staying. The next round includes you again.</source>
        <translation>Schön, dass Sie dabeibleiben. Die nächste Runde bezieht Sie wieder ein.</translation>
    </message>
    <message>
        <source>Removed from your do-not-pair list.</source>
        <translation>Von Ihrer Ausschlussliste entfernt.</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Beginn der Arbeitszeit</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Ende der Arbeitszeit</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Join the one-to-ones</source>
        <translation>Den Eins-zu-eins-Gesprächen b&amp;eitreten</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>Einstellungen &amp;speichern</translation>
    </message>
    <message>
        <source>Save how often and when you can meet (Ctrl+S)</source>
        <translation>Speichern, wie oft und wann Sie sich treffen können (Strg+S)</translation>
    </message>
    <message>
        <source>Snooze &amp;until:</source>
        <translation>Pausieren b&amp;is:</translation>
    </message>
    <message>
        <source>Sn&amp;ooze</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Leave me out of rounds before this date</source>
        <translation>Mich bei Runden vor diesem Datum auslassen</translation>
    </message>
    <message>
        <source>&amp;End snooze</source>
        <translation>Pause &amp;aufheben</translation>
    </message>
    <message>
        <source>&amp;Leave the one-to-ones…</source>
        <translation>Eins-zu-eins-Gespräche &amp;verlassen…</translation>
    </message>
    <message>
        <source>&amp;How often:</source>
        <translation>&amp;Wie oft:</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Arbeitstage:</translation>
    </message>
    <message>
        <source>Working &amp;hours:</source>
        <translation>Arbeits&amp;zeit:</translation>
    </message>
    <message>
        <source>Your settings</source>
        <translation>Ihre Einstellungen</translation>
    </message>
    <message>
        <source>You are never paired with a colleague on this list. Nobody else ever sees it, the owner included, and the colleague is not told.</source>
        <translation>Sie werden nie mit einer Person auf dieser Liste zusammengebracht. Niemand sonst sieht sie, auch nicht der Inhaber, und die betreffende Person erfährt nichts davon.</translation>
    </message>
    <message>
        <source>Do-not-pair list</source>
        <translation>Ausschlussliste</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>You are not in the one-to-ones. Choose how often and when you can meet, then join.</source>
        <translation>Sie nehmen nicht an den Eins-zu-eins-Gesprächen teil. Wählen Sie, wie oft und wann Sie sich treffen können, und treten Sie dann bei.</translation>
    </message>
    <message>
        <source>You have been in the one-to-ones since %1.</source>
        <translation>Sie nehmen seit %1 an den Eins-zu-eins-Gesprächen teil.</translation>
    </message>
    <message>
        <source>Snoozed until %1: rounds before that day leave you out.</source>
        <translation>Pausiert bis %1: Runden vor diesem Tag lassen Sie aus.</translation>
    </message>
    <message>
        <source>Paused after three skipped one-to-ones, until you say whether you would like to stay.</source>
        <translation>Nach drei ausgefallenen Eins-zu-eins-Gesprächen ruht Ihre Teilnahme, bis Sie angeben, ob Sie dabeibleiben möchten.</translation>
    </message>
    <message>
        <source>A colleague no longer in the team</source>
        <translation>Eine Person, die nicht mehr im Team ist</translation>
    </message>
    <message>
        <source>Nobody on your list.</source>
        <translation>Niemand auf Ihrer Liste.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>Leave the one-to-ones?</source>
        <translation>Eins-zu-eins-Gespräche verlassen?</translation>
    </message>
    <message>
        <source>New rounds will no longer pair you. One-to-ones already arranged stay in your list; skip them if you like. No reason is asked, and you can join again at any time.</source>
        <translation>Neue Runden berücksichtigen Sie nicht mehr. Bereits geplante Eins-zu-eins-Gespräche bleiben in Ihrer Liste; lassen Sie sie ausfallen, wenn Sie möchten. Nach Gründen wird nicht gefragt, und Sie können jederzeit wieder beitreten.</translation>
    </message>
    <message>
        <source>Leave the one-to-ones</source>
        <translation>Eins-zu-eins-Gespräche verlassen</translation>
    </message>
    <message>
        <source>You left the one-to-ones. Join again here whenever you like.</source>
        <translation>Sie haben die Eins-zu-eins-Gespräche verlassen. Treten Sie hier wieder bei, wann immer Sie möchten.</translation>
    </message>
    <message>
        <source>Every colleague is already on your list.</source>
        <translation>Alle Kolleginnen und Kollegen sind bereits auf Ihrer Liste.</translation>
    </message>
    <message>
        <source>Add to your do-not-pair list</source>
        <translation>Zu Ihrer Ausschlussliste hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Colleague:</source>
        <translation>&amp;Kollegin/Kollege:</translation>
    </message>
    <message>
        <source>&amp;Add to my list</source>
        <translation>&amp;Zu meiner Liste hinzufügen</translation>
    </message>
    <message>
        <source>Choose a colleague you would rather not be paired with. Only you will ever see this; they are not told.</source>
        <translation>Wählen Sie eine Person, mit der Sie lieber nicht zusammengebracht werden möchten. Nur Sie sehen das jemals; die Person erfährt nichts davon.</translation>
    </message>
    <message>
        <source>“%1” is not a colleague in the list. Choose one from the list.</source>
        <translation>„%1“ ist keine Person aus der Liste. Wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <source>Added to your do-not-pair list. Nobody else sees it.</source>
        <translation>Zu Ihrer Ausschlussliste hinzugefügt. Niemand sonst sieht sie.</translation>
    </message>
    <message>
        <source>in the organisation&apos;s time zone, %1; meetings are placed inside these hours</source>
        <translation>in der Zeitzone der Organisation, %1; Treffen werden innerhalb dieser Zeiten geplant</translation>
    </message>
</context>
<context>
    <name>consentric::ui::NodeItem</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>Mitarbeitende(r)</translation>
    </message>
    <message>
        <source>employee, %1</source>
        <translation>Mitarbeitende(r), %1</translation>
    </message>
    <message>
        <source>connection, %1</source>
        <translation>Verbindung, %1</translation>
    </message>
    <message>
        <source>company. People the team reaches there: %1; team members who hold them: %2</source>
        <translation>Unternehmen. Vom Team dort erreichbare Personen: %1; Teammitglieder, die sie kennen: %2</translation>
    </message>
    <message>
        <source>company. Your connections there: %1</source>
        <translation>Unternehmen. Ihre Verbindungen dort: %1</translation>
    </message>
    <message>
        <source>The team: its discoverable connections, counted per company and never named</source>
        <translation>Das Team: seine auffindbaren Verbindungen, pro Unternehmen gezählt und nie genannt</translation>
    </message>
    <message>
        <source>department, employees: %1 (zoom in to see them)</source>
        <translation>Abteilung, Mitarbeitende: %1 (vergrößern Sie, um sie zu sehen)</translation>
    </message>
    <message>
        <source>people on the map: %1 (zoom in to see them)</source>
        <translation>Personen auf der Karte: %1 (vergrößern Sie, um sie zu sehen)</translation>
    </message>
</context>
<context>
    <name>consentric::ui::OpenDatabaseDialog</name>
    <message>
        <source>A database &amp;file on this computer (SQLite)</source>
        <translation>Eine &amp;Datenbankdatei auf diesem Computer (SQLite)</translation>
    </message>
    <message>
        <source>A team &amp;server (PostgreSQL)</source>
        <translation>Ein Team-&amp;Server (PostgreSQL)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>The password is read from your PGPASSFILE, or asked for; never put it in the URL.</source>
        <translation>Das Passwort wird aus Ihrer PGPASSFILE gelesen oder abgefragt; schreiben Sie es nie in die URL.</translation>
    </message>
    <message>
        <source>Consentric databases (*.sqlite *.db);;All files (*)</source>
        <translation>Consentric-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>consentric::ui::PersonDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Choose or type a new one</source>
        <translation>Auswählen oder neue eingeben</translation>
    </message>
    <message>
        <source>Admins help the owner run the program; they see what the owner sees.</source>
        <translation>Admins helfen dem Inhaber, das Programm zu betreuen; sie sehen, was der Inhaber sieht.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Abteilung:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
</context>
<context>
    <name>consentric::ui::PolicyPage</name>
    <message>
        <source>&amp;Join the program</source>
        <translation>Am Programm &amp;teilnehmen</translation>
    </message>
    <message>
        <source>&amp;Leave the program…</source>
        <translation>Teilnahme &amp;beenden…</translation>
    </message>
    <message>
        <source>Connection policy</source>
        <translation>Verbindungsrichtlinie</translation>
    </message>
    <message>
        <source>I have read the connection policy (version %1) and want to take part</source>
        <translation>Ich habe die Verbindungsrichtlinie (Version %1) gelesen und möchte teilnehmen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Policy version</source>
        <translation>Richtlinienversion</translation>
    </message>
    <message>
        <source>Your consent ledger</source>
        <translation>Ihr Einwilligungsregister</translation>
    </message>
    <message>
        <source>Leave the referral program?</source>
        <translation>Teilnahme am Empfehlungsprogramm beenden?</translation>
    </message>
    <message>
        <source>Everything you made discoverable or shared disappears from the business&apos;s views at once. Your choices are kept, so joining again restores them. No reason is asked, and nobody is told why.</source>
        <translation>Alles, was Sie auffindbar gemacht oder geteilt haben, verschwindet sofort aus den Ansichten des Unternehmens. Ihre Entscheidungen bleiben erhalten, sodass eine erneute Teilnahme sie wiederherstellt. Es wird kein Grund abgefragt, und niemand erfährt, warum.</translation>
    </message>
    <message>
        <source>Leave the program</source>
        <translation>Teilnahme beenden</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>You take part in the referral program. What you make discoverable or shared now counts for the business.</source>
        <translation>Sie nehmen am Empfehlungsprogramm teil. Was Sie auffindbar machen oder teilen, zählt jetzt für das Unternehmen.</translation>
    </message>
    <message>
        <source>You left the referral program. The business sees none of your connections now.</source>
        <translation>Sie haben Ihre Teilnahme am Empfehlungsprogramm beendet. Das Unternehmen sieht jetzt keine Ihrer Verbindungen mehr.</translation>
    </message>
    <message>
        <source>&lt;b&gt;You take part in the referral program.&lt;/b&gt; You can leave at any time, in one click.</source>
        <translation>&lt;b&gt;Sie nehmen am Empfehlungsprogramm teil.&lt;/b&gt; Sie können Ihre Teilnahme jederzeit mit einem Klick beenden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;You are not taking part.&lt;/b&gt; Read the policy; if you agree, tick the box and join. You can leave at any time.</source>
        <translation>&lt;b&gt;Sie nehmen nicht teil.&lt;/b&gt; Lesen Sie die Richtlinie; wenn Sie einverstanden sind, setzen Sie das Häkchen und nehmen Sie teil. Sie können Ihre Teilnahme jederzeit beenden.</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Teilnahme begonnen</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Teilnahme beendet</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Acknowledged a new version</source>
        <translation>Neue Version bestätigt</translation>
    </message>
    <message>
        <source>Thank you: you have read version %1 of the connection policy. Nothing about your sharing changed.</source>
        <translation>Vielen Dank: Sie haben Version %1 der Verbindungsrichtlinie gelesen. An Ihren Freigaben hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>a long date: 19 January 2026</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>The connection policy changed (version %1, published %2): %3.</source>
        <translation>Die Verbindungsrichtlinie wurde geändert (Version %1, veröffentlicht am %2): %3.</translation>
    </message>
    <message>
        <source>The connection policy changed (version %1, published %2).</source>
        <translation>Die Verbindungsrichtlinie wurde geändert (Version %1, veröffentlicht am %2).</translation>
    </message>
    <message>
        <source>The connection policy in force is version %1.</source>
        <translation>Die geltende Verbindungsrichtlinie ist Version %1.</translation>
    </message>
    <message>
        <source>Your sharing stays exactly as it is. Please read it and acknowledge it.</source>
        <translation>Ihre Freigaben bleiben genau so, wie sie sind. Bitte lesen Sie die Richtlinie und bestätigen Sie sie.</translation>
    </message>
    <message>
        <source>I have &amp;read version %1</source>
        <translation>Ich habe Version %1 &amp;gelesen</translation>
    </message>
</context>
<context>
    <name>consentric::ui::PolicyReviewPage</name>
    <message>
        <source>Required section</source>
        <translation>Pflichtabschnitt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Checklist of required sections</source>
        <translation>Checkliste der Pflichtabschnitte</translation>
    </message>
    <message>
        <source>Click a section to edit it</source>
        <translation>Klicken Sie auf einen Abschnitt, um ihn zu bearbeiten</translation>
    </message>
    <message>
        <source>Sections of the draft</source>
        <translation>Abschnitte des Entwurfs</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Titel des Abschnitts</translation>
    </message>
    <message>
        <source>Section text</source>
        <translation>Text des Abschnitts</translation>
    </message>
    <message>
        <source>Reset section to &amp;default</source>
        <translation>&amp;Abschnitt auf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Put back the default title and text of this section</source>
        <translation>Den Standardtitel und -text dieses Abschnitts wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>Entwurf &amp;speichern</translation>
    </message>
    <message>
        <source>Save the draft (Ctrl+S); participants see nothing until you publish</source>
        <translation>Den Entwurf speichern (Strg+S); Teilnehmende sehen nichts, bis Sie veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Veröffentlichen…</translation>
    </message>
    <message>
        <source>Publish the draft as the next version (Ctrl+Shift+P)</source>
        <translation>Den Entwurf als nächste Version veröffentlichen (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Review schedule</source>
        <translation>Zeitplan der Überprüfungen</translation>
    </message>
    <message>
        <source>&amp;Record review…</source>
        <translation>Überprüfung &amp;erfassen…</translation>
    </message>
    <message>
        <source>Record a review you held (Ctrl+R)</source>
        <translation>Eine durchgeführte Überprüfung erfassen (Strg+R)</translation>
    </message>
    <message>
        <source>No review has been recorded yet. Hold the first one with the team, then record it here.</source>
        <translation>Es wurde noch keine Überprüfung erfasst. Führen Sie die erste mit dem Team durch und erfassen Sie sie dann hier.</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Durchgeführt am</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Changes decided</source>
        <translation>Beschlossene Änderungen</translation>
    </message>
    <message>
        <source>Reviews held</source>
        <translation>Durchgeführte Überprüfungen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Policy and reviews</source>
        <translation>Richtlinie und Überprüfungen</translation>
    </message>
    <message>
        <source>Required sections</source>
        <translation>Pflichtabschnitte</translation>
    </message>
    <message>
        <source>The draft</source>
        <translation>Der Entwurf</translation>
    </message>
    <message>
        <source>Participants see nothing of the draft until you publish it. Each published version is kept as it was; participants are asked to acknowledge it at their next sign-in, and until they do, nothing about their sharing changes.</source>
        <translation>Teilnehmende sehen nichts vom Entwurf, bis Sie ihn veröffentlichen. Jede veröffentlichte Version bleibt unverändert erhalten; Teilnehmende werden bei ihrer nächsten Anmeldung gebeten, sie zu bestätigen, und bis dahin ändert sich nichts an ihren Freigaben.</translation>
    </message>
    <message>
        <source>Review the program with the team each quarter, within %1 days of the quarter&apos;s end, and once a year comprehensively, by the end of January.</source>
        <translation>Überprüfen Sie das Programm jedes Quartal mit dem Team, innerhalb von %1 Tagen nach Quartalsende, und einmal im Jahr umfassend, bis Ende Januar.</translation>
    </message>
    <message>
        <source>Draft saved. Participants see it once you publish it.</source>
        <translation>Entwurf gespeichert. Teilnehmende sehen ihn, sobald Sie ihn veröffentlichen.</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Sign in as the owner first.</source>
        <translation>Melden Sie sich zuerst als Inhaber an.</translation>
    </message>
    <message>
        <source>Say in one line what changed: participants read it when they are asked to acknowledge the new version.</source>
        <translation>Beschreiben Sie in einer Zeile, was sich geändert hat: Teilnehmende lesen es, wenn sie gebeten werden, die neue Version zu bestätigen.</translation>
    </message>
    <message>
        <source>Version %1 published: participants will be asked to acknowledge it at their next sign-in.</source>
        <translation>Version %1 veröffentlicht: Teilnehmende werden bei ihrer nächsten Anmeldung gebeten, sie zu bestätigen.</translation>
    </message>
    <message>
        <source>Publish the connection policy</source>
        <translation>Verbindungsrichtlinie veröffentlichen</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>e.g. “Clearer rules for personal connections”</source>
        <translation>z. B. „Klarere Regeln für persönliche Verbindungen“</translation>
    </message>
    <message>
        <source>&lt;b&gt;What changed?&lt;/b&gt; One line: participants read it when they are asked to acknowledge the new version.</source>
        <translation>&lt;b&gt;Was hat sich geändert?&lt;/b&gt; Eine Zeile: Teilnehmende lesen sie, wenn sie gebeten werden, die neue Version zu bestätigen.</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>Publish with sections not written?</source>
        <translation>Mit fehlenden Abschnitten veröffentlichen?</translation>
    </message>
    <message>
        <source>Every policy should cover these sections, but some are not written: %1. Participants will read the policy without them. Publish anyway?</source>
        <translation>Jede Richtlinie sollte diese Abschnitte abdecken, aber einige sind nicht verfasst: %1. Teilnehmende lesen die Richtlinie dann ohne sie. Trotzdem veröffentlichen?</translation>
    </message>
    <message>
        <source>Publish anyway</source>
        <translation>Trotzdem veröffentlichen</translation>
    </message>
    <message>
        <source>&lt;b&gt;No version published yet:&lt;/b&gt; the built-in policy %1 applies.</source>
        <translation>&lt;b&gt;Noch keine Version veröffentlicht:&lt;/b&gt; Es gilt die integrierte Richtlinie %1.</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>a long date: 19 January 2026</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>&lt;b&gt;Version %1, published %2.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Version %1, veröffentlicht am %2.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What changed: %1</source>
        <translation>Was sich geändert hat: %1</translation>
    </message>
    <message>
        <source>All %1 participants have acknowledged it.</source>
        <translation>Alle %1 Teilnehmenden haben sie bestätigt.</translation>
    </message>
    <message>
        <source>%1 of %2 participants have acknowledged it; %3 have not yet.</source>
        <translation>%1 von %2 Teilnehmenden haben sie bestätigt, %3 noch nicht.</translation>
    </message>
    <message>
        <source>Participants: %1. How many have acknowledged it is shown only when at least 3 have and at least 3 have not.</source>
        <translation>Teilnehmende: %1. Wie viele sie bestätigt haben, wird nur angezeigt, wenn mindestens 3 sie bestätigt haben und mindestens 3 noch nicht.</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Keine Notizen.</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notizen: %1</translation>
    </message>
    <message>
        <source>The %1 for %2 is recorded.</source>
        <translation>Die %1 für %2 ist erfasst.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::PulsePage</name>
    <message>
        <source>Your answer is stored with the quarter only: no name, no time, not even the order of answers. A separate list records only that you answered, so you can answer once. The owner sees averages only when at least 3 people answered, and reads comments only then; comments never appear in the printed report.</source>
        <translation>Ihre Antwort wird nur mit dem Quartal gespeichert: kein Name, keine Uhrzeit, nicht einmal die Reihenfolge der Antworten. Eine separate Liste vermerkt nur, dass Sie geantwortet haben, damit Sie nur einmal antworten können. Der Inhaber sieht Durchschnittswerte nur, wenn mindestens 3 Personen geantwortet haben, und liest Kommentare nur dann; Kommentare erscheinen nie im gedruckten Bericht.</translation>
    </message>
    <message>
        <source>How comfortable are you with the referral program?</source>
        <translation>Wie wohl fühlen Sie sich mit dem Empfehlungsprogramm?</translation>
    </message>
    <message>
        <source>very uncomfortable</source>
        <translation>sehr unwohl</translation>
    </message>
    <message>
        <source>very comfortable</source>
        <translation>sehr wohl</translation>
    </message>
    <message>
        <source>How much pressure do you feel to take part or to make introductions?</source>
        <translation>Wie viel Druck spüren Sie, teilzunehmen oder Vorstellungen zu übernehmen?</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keinen</translation>
    </message>
    <message>
        <source>a lot</source>
        <translation>sehr viel</translation>
    </message>
    <message>
        <source>How satisfied are you with how the program is run?</source>
        <translation>Wie zufrieden sind Sie damit, wie das Programm geführt wird?</translation>
    </message>
    <message>
        <source>not at all satisfied</source>
        <translation>überhaupt nicht zufrieden</translation>
    </message>
    <message>
        <source>very satisfied</source>
        <translation>sehr zufrieden</translation>
    </message>
    <message>
        <source>%1: %2 of 5</source>
        <translation>%1: %2 von 5</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Anything you would like the owner to know. Leave out names and details that would show who wrote it.</source>
        <translation>Alles, was der Inhaber wissen sollte. Lassen Sie Namen und Details weg, die verraten würden, wer es geschrieben hat.</translation>
    </message>
    <message>
        <source>&amp;Send answer</source>
        <translation>Antwort &amp;senden</translation>
    </message>
    <message>
        <source>Send your answer (Ctrl+Return)</source>
        <translation>Ihre Antwort senden (Strg+Eingabetaste)</translation>
    </message>
    <message>
        <source>&amp;Comment (optional):</source>
        <translation>&amp;Kommentar (optional):</translation>
    </message>
    <message>
        <source>Once sent, an answer cannot be changed or withdrawn, because nothing links it to you.</source>
        <translation>Eine gesendete Antwort kann nicht geändert oder zurückgezogen werden, weil nichts sie mit Ihnen verbindet.</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>Pulsbefragung</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 von %2 Zeichen</translation>
    </message>
    <message>
        <source>Pulse for %1</source>
        <translation>Pulsbefragung für %1</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>a long date: 1 January 2027</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>Thank you. You answered the pulse for %1; the next one opens on %2.</source>
        <translation>Vielen Dank. Sie haben die Pulsbefragung für %1 beantwortet; die nächste beginnt am %2.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Melden Sie sich zuerst an.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::RecognitionPage</name>
    <message>
        <source>&amp;Show my name on the team recognition list</source>
        <translation>Meinen Namen auf der &amp;Anerkennungsliste des Teams zeigen</translation>
    </message>
    <message>
        <source>Team recognition list</source>
        <translation>Anerkennungsliste des Teams</translation>
    </message>
    <message>
        <source>Nobody has chosen to appear on the list yet.</source>
        <translation>Noch hat sich niemand dafür entschieden, auf der Liste zu erscheinen.</translation>
    </message>
    <message>
        <source>Points are for taking part, never for results. Declining a request counts exactly the same as saying yes, and nothing depends on whether an introduction led anywhere. Only you see your points: nobody else, the owner included, can look them up.</source>
        <translation>Punkte gibt es für die Teilnahme, nie für Ergebnisse. Eine Anfrage abzulehnen zählt genauso viel wie eine Zusage, und nichts hängt davon ab, ob eine Vorstellung zu etwas geführt hat. Nur Sie sehen Ihre Punkte: Niemand sonst, auch nicht der Inhaber, kann sie einsehen.</translation>
    </message>
    <message>
        <source>The names of the people who chose to appear, in alphabetical order. The list shows no points and no ranking. Appearing on it is up to you, and you can take your name off at any time.</source>
        <translation>Die Namen der Personen, die sich entschieden haben, auf der Liste zu erscheinen, in alphabetischer Reihenfolge. Die Liste zeigt keine Punkte und keine Rangfolge. Ob Sie darauf erscheinen, entscheiden Sie selbst, und Sie können Ihren Namen jederzeit wieder entfernen.</translation>
    </message>
    <message>
        <source>My recognition</source>
        <translation>Meine Anerkennung</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:x-large&apos;&gt;Your points: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:x-large&apos;&gt;Ihre Punkte: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Joining the program: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Teilnahme am Programm: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Joining the program: &lt;b&gt;0&lt;/b&gt; (you earn %1 when you join)</source>
        <translation>Teilnahme am Programm: &lt;b&gt;0&lt;/b&gt; (Sie erhalten %1, wenn Sie teilnehmen)</translation>
    </message>
    <message>
        <source>Answering requests, either way: %1 × %2 = &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>Beantwortete Anfragen, gleich wie: %1 × %2 = &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>Your name is on the team recognition list.</source>
        <translation>Ihr Name steht auf der Anerkennungsliste des Teams.</translation>
    </message>
    <message>
        <source>Your name is no longer on the team recognition list.</source>
        <translation>Ihr Name steht nicht mehr auf der Anerkennungsliste des Teams.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::RecoverDialog</name>
    <message>
        <source>Use a recovery code</source>
        <translation>Wiederherstellungscode verwenden</translation>
    </message>
    <message>
        <source>Type the recovery code you made (or, for the owner, the recovery key printed at set-up) and choose a new passphrase. Without a code there is no way back into your private data: the owner can only give you a fresh, empty account.</source>
        <translation>Geben Sie den Wiederherstellungscode ein, den Sie erstellt haben (oder als Inhaber den bei der Einrichtung gedruckten Wiederherstellungsschlüssel), und wählen Sie eine neue Passphrase. Ohne Code gibt es keinen Weg zurück zu Ihren privaten Daten: Der Inhaber kann Ihnen nur ein neues, leeres Konto einrichten.</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>Wiederherstellungs&amp;code:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>Passphrase &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Recover and sign in</source>
        <translation>Wiederherstellen und anmelden</translation>
    </message>
    <message>
        <source>The two new passphrases differ. Type the same one twice.</source>
        <translation>Die beiden neuen Passphrasen stimmen nicht überein. Geben Sie zweimal dieselbe ein.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::RecoveryCodeDialog</name>
    <message>
        <source>Your owner recovery key</source>
        <translation>Ihr Wiederherstellungsschlüssel als Inhaber</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Ihr Wiederherstellungscode</translation>
    </message>
    <message>
        <source>This key opens the owner&apos;s account if the passphrase is forgotten. Print it and keep it somewhere safe, away from this computer. It is shown only now: Consentric keeps no copy of it.</source>
        <translation>Dieser Schlüssel öffnet das Konto des Inhabers, falls die Passphrase vergessen wird. Drucken Sie ihn aus und bewahren Sie ihn an einem sicheren Ort auf, nicht bei diesem Computer. Er wird nur jetzt angezeigt: Consentric bewahrt keine Kopie davon auf.</translation>
    </message>
    <message>
        <source>This code opens your account if you forget your passphrase. Only you have it: the owner never sees it. Print it or write it down now; it is shown only once, and any earlier code stops working.</source>
        <translation>Dieser Code öffnet Ihr Konto, falls Sie Ihre Passphrase vergessen. Nur Sie haben ihn: Der Inhaber sieht ihn nie. Drucken Sie ihn jetzt aus oder schreiben Sie ihn auf; er wird nur einmal angezeigt, und jeder frühere Code wird ungültig.</translation>
    </message>
    <message>
        <source>I have printed or written down this code</source>
        <translation>Ich habe diesen Code ausgedruckt oder aufgeschrieben</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Consentric recovery code&lt;/h2&gt;&lt;p&gt;Organisation: %1&lt;br&gt;Account: %2&lt;/p&gt;&lt;p style=&quot;font-family: monospace; font-size: 20pt&quot;&gt;%3&lt;/p&gt;&lt;p&gt;Keep this page somewhere safe, away from the computer. With it, the account can be opened and a new passphrase set. Nobody else has a copy.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Consentric-Wiederherstellungscode&lt;/h2&gt;&lt;p&gt;Organisation: %1&lt;br&gt;Konto: %2&lt;/p&gt;&lt;p style=&quot;font-family: monospace; font-size: 20pt&quot;&gt;%3&lt;/p&gt;&lt;p&gt;Bewahren Sie diese Seite an einem sicheren Ort auf, nicht beim Computer. Damit lässt sich das Konto öffnen und eine neue Passphrase festlegen. Niemand sonst hat eine Kopie.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>consentric::ui::ReferralsPage</name>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>No targets yet. Add a company the business would like to reach (New target, Ctrl+N): the team is asked privately, and nobody is contacted without an employee&apos;s yes.</source>
        <translation>Noch keine Ziele. Fügen Sie eine Firma hinzu, die das Unternehmen erreichen möchte (Neues Ziel, Strg+N): Das Team wird vertraulich gefragt, und niemand wird ohne die Zustimmung einer Mitarbeiterin oder eines Mitarbeiters kontaktiert.</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Angefragt bei</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Introducer</source>
        <translation>Vermittelt durch</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Expires / closed</source>
        <translation>Läuft ab / geschlossen</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>No requests yet. Select a target and choose Send request (Ctrl+Return).</source>
        <translation>Noch keine Anfragen. Wählen Sie ein Ziel aus und wählen Sie „Anfrage senden“ (Strg+Eingabe).</translation>
    </message>
    <message>
        <source>&amp;Send request</source>
        <translation>Anfrage &amp;senden</translation>
    </message>
    <message>
        <source>Record &amp;meeting…</source>
        <translation>&amp;Treffen erfassen…</translation>
    </message>
    <message>
        <source>Record &amp;outcome…</source>
        <translation>&amp;Ergebnis erfassen…</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Requests and their pipeline</source>
        <translation>Anfragen und ihre Pipeline</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Alle Anfragen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Search targets (Ctrl+F)</source>
        <translation>Ziele durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Say whom the business would like to reach. Requests go to the employees who can help, who answer privately: you learn who only when someone accepts, and a decline is never shown by name — a request nobody took closes at its expiry as “closed — no introduction”.</source>
        <translation>Geben Sie an, wen das Unternehmen erreichen möchte. Anfragen gehen an die Mitarbeitenden, die helfen können, und diese antworten vertraulich: Wer es ist, erfahren Sie erst, wenn jemand annimmt, und eine Ablehnung wird nie mit Namen angezeigt – eine Anfrage, die niemand übernommen hat, wird mit ihrem Ablauf als „geschlossen — keine Vorstellung“ geschlossen.</translation>
    </message>
    <message>
        <source>&amp;New target…</source>
        <translation>&amp;Neues Ziel…</translation>
    </message>
    <message>
        <source>&amp;Guardrails…</source>
        <translation>Sch&amp;utzregeln…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Requests and pipeline</source>
        <translation>Anfragen und Pipeline</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Since %1:&lt;/b&gt; %2 requests, %3 accepted, %4 introductions, %5 meetings; outcomes: %6 won, %7 hired, %8 partnered, %9 no result. Closed without an introduction: %10. Declines (counted, never named): %11. Median time from request to introduction: %12.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Seit %1:&lt;/b&gt; %2 Anfragen, %3 angenommen, %4 Vorstellungen, %5 Treffen; Ergebnisse: %6 gewonnen, %7 eingestellt, %8 Partnerschaften, %9 ohne Ergebnis. Ohne Vorstellung geschlossen: %10. Ablehnungen (gezählt, nie genannt): %11. Mittlere Zeit (Median) von der Anfrage bis zur Vorstellung: %12.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 at %2 (%3&apos;s connection)</source>
        <translation>%1 bei %2 (Verbindung von %3)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>whoever can help</source>
        <translation>alle, die helfen können</translation>
    </message>
    <message>
        <source>accepted — name may be mentioned</source>
        <translation>angenommen — Name darf genannt werden</translation>
    </message>
    <message>
        <source>outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>No request matches this filter.</source>
        <translation>Keine Anfrage passt zu diesem Filter.</translation>
    </message>
    <message>
        <source>Select a target first.</source>
        <translation>Wählen Sie zuerst ein Ziel aus.</translation>
    </message>
    <message>
        <source>The request was sent to the inboxes of the people who can help. You will see who, if someone accepts.</source>
        <translation>Die Anfrage wurde in die Posteingänge der Personen gesendet, die helfen können. Wer es ist, sehen Sie, sobald jemand annimmt.</translation>
    </message>
    <message>
        <source>Select a request first.</source>
        <translation>Wählen Sie zuerst eine Anfrage aus.</translation>
    </message>
    <message>
        <source>Record outcome</source>
        <translation>Ergebnis erfassen</translation>
    </message>
    <message>
        <source>Record meeting</source>
        <translation>Treffen erfassen</translation>
    </message>
    <message>
        <source>The guardrails were changed; they apply to requests sent from now on.</source>
        <translation>Die Schutzregeln wurden geändert; sie gelten für Anfragen, die ab jetzt gesendet werden.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::ReportConcernPage</name>
    <message>
        <source>Send &amp;anonymously</source>
        <translation>&amp;Anonym senden</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Senden…</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Gemeldet am</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>There is nobody to send a concern to yet: the organisation has no owner account.</source>
        <translation>Es gibt noch niemanden, an den ein Anliegen gesendet werden kann: Die Organisation hat kein Inhaberkonto.</translation>
    </message>
    <message>
        <source>You have not reported a concern. If something makes you uncomfortable, you can write it here at any time.</source>
        <translation>Sie haben kein Anliegen gemeldet. Wenn Ihnen etwas unangenehm ist, können Sie es jederzeit hier aufschreiben.</translation>
    </message>
    <message>
        <source>&lt;p&gt;A concern is for when something does not feel right in the referral program: you feel pressured to share or to introduce someone, or a situation made you uncomfortable. Say it here, in your own words.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Who can read it:&lt;/b&gt; only the person you choose below. What you write is sealed to them; nobody else, not the other recipient and not an administrator, can open it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Anonymously:&lt;/b&gt; an anonymous concern stores no author at all. You can still follow what happens to it below, because only your own account keeps the receipt.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein Anliegen ist für den Fall gedacht, dass sich im Empfehlungsprogramm etwas nicht richtig anfühlt: Sie fühlen sich unter Druck gesetzt, etwas zu teilen oder jemanden vorzustellen, oder eine Situation war Ihnen unangenehm. Schildern Sie es hier mit Ihren eigenen Worten.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Wer es lesen kann:&lt;/b&gt; nur die Person, die Sie unten wählen. Was Sie schreiben, ist für diese Person versiegelt; niemand sonst – weder die andere Empfangsperson noch ein Admin – kann es öffnen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Anonym:&lt;/b&gt; Bei einem anonymen Anliegen wird überhaupt keine meldende Person gespeichert. Sie können trotzdem unten verfolgen, was damit geschieht, denn nur Ihr eigenes Konto bewahrt die Empfangsbestätigung auf.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Senden an</translation>
    </message>
    <message>
        <source>Leave this ticked and your name is not stored with the concern</source>
        <translation>Lassen Sie dieses Häkchen gesetzt, dann wird Ihr Name nicht mit dem Anliegen gespeichert</translation>
    </message>
    <message>
        <source>What happened, and how it made you feel. Include only what you are comfortable sharing.</source>
        <translation>Was ist passiert, und wie ging es Ihnen damit? Schreiben Sie nur, was Sie mitteilen möchten.</translation>
    </message>
    <message>
        <source>Your concern</source>
        <translation>Ihr Anliegen</translation>
    </message>
    <message>
        <source>Send the concern (Ctrl+Return); you confirm first</source>
        <translation>Das Anliegen senden (Strg+Eingabe); Sie bestätigen zuvor</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>Senden a&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Your concern:</source>
        <translation>&amp;Ihr Anliegen:</translation>
    </message>
    <message>
        <source>Your concerns</source>
        <translation>Ihre Anliegen</translation>
    </message>
    <message>
        <source>Concerns sent to you</source>
        <translation>An Sie gesendete Anliegen</translation>
    </message>
    <message>
        <source>As the trusted person the owner designated, you receive concerns from employees. Only you can read them. Move each one along, so that whoever wrote it sees it is being looked after.</source>
        <translation>Als vom Inhaber benannte Vertrauensperson erhalten Sie Anliegen von Mitarbeitenden. Nur Sie können sie lesen. Bringen Sie jedes Anliegen voran, damit die meldende Person sieht, dass sich jemand darum kümmert.</translation>
    </message>
    <message>
        <source>Report a concern</source>
        <translation>Anliegen melden</translation>
    </message>
    <message>
        <source>Owner — %1</source>
        <translation>Inhaber — %1</translation>
    </message>
    <message>
        <source>Trusted person — %1</source>
        <translation>Vertrauensperson — %1</translation>
    </message>
    <message>
        <source>Only %1 will be able to read it. Your name is not included, and no author is stored; you can follow its status on this page.</source>
        <translation>Nur %1 kann es lesen. Ihr Name wird nicht mitgesendet, und es wird keine meldende Person gespeichert; den Status können Sie auf dieser Seite verfolgen.</translation>
    </message>
    <message>
        <source>Only %1 will be able to read it. Your name is included, so they will know it came from you.</source>
        <translation>Nur %1 kann es lesen. Ihr Name wird mitgesendet, die Person weiß also, dass es von Ihnen kommt.</translation>
    </message>
    <message>
        <source>Send this concern?</source>
        <translation>Dieses Anliegen senden?</translation>
    </message>
    <message>
        <source>Send concern</source>
        <translation>Anliegen senden</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>There is nobody to send a concern to yet.</source>
        <translation>Es gibt noch niemanden, an den ein Anliegen gesendet werden kann.</translation>
    </message>
    <message>
        <source>Your concern was sent to %1. Its status shows under “Your concerns”.</source>
        <translation>Ihr Anliegen wurde an %1 gesendet. Sein Status wird unter „Ihre Anliegen“ angezeigt.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::ReportsPage</name>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>See every page, print it or save it as a PDF (%1)</source>
        <translation>Alle Seiten ansehen, drucken oder als PDF speichern (%1)</translation>
    </message>
    <message>
        <source>Save the report as a PDF file (%1)</source>
        <translation>Den Bericht als PDF-Datei speichern (%1)</translation>
    </message>
    <message>
        <source>What the report contains</source>
        <translation>Was der Bericht enthält</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Quartal:</translation>
    </message>
    <message>
        <source>Quarterly policy-review report</source>
        <translation>Quartalsbericht zur Richtlinienüberprüfung</translation>
    </message>
    <message>
        <source>%1 (in progress)</source>
        <translation>%1 (läuft noch)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>What this report cannot show</source>
        <translation>Was dieser Bericht nicht zeigen kann</translation>
    </message>
    <message>
        <source>A cover page, then one page or more for each section:</source>
        <translation>Ein Deckblatt, dann eine oder mehrere Seiten pro Abschnitt:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Policy review %1</source>
        <translation>Richtlinienüberprüfung %1</translation>
    </message>
    <message>
        <source>Quarterly policy-review report %1</source>
        <translation>Quartalsbericht zur Richtlinienüberprüfung %1</translation>
    </message>
    <message>
        <source>The report could not be prepared; see the message above.</source>
        <translation>Der Bericht konnte nicht erstellt werden; siehe die Meldung oben.</translation>
    </message>
    <message>
        <source>policy-review-%1.pdf</source>
        <translation>richtlinienueberpruefung-%1.pdf</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Bericht als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the %1 report as %2.</source>
        <translation>Der Bericht für %1 wurde als %2 gespeichert.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>The quarterly policy-review report shows that the program stayed voluntary, comfortable and useful: the policy and who acknowledged it, participation, referral activity, the pulse, concerns, the one-to-ones and which departments met, the review schedule and a sign-off block. Aggregate figures only; the pulse&apos;s comments and anyone&apos;s one-to-one marks and notes are never printed.</source>
        <translation>Der Quartalsbericht zur Richtlinienüberprüfung zeigt, dass das Programm freiwillig, angenehm und nützlich geblieben ist: die Richtlinie und wer sie bestätigt hat, die Teilnahme, die Empfehlungsaktivität, die Pulsbefragung, Anliegen, die Eins-zu-eins-Gespräche und welche Abteilungen sich getroffen haben, den Zeitplan der Überprüfungen und einen Unterschriftenblock. Nur zusammengefasste Zahlen; die Kommentare der Pulsbefragung sowie die Markierungen und Notizen zu Eins-zu-eins-Gesprächen werden nie gedruckt.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::ReviewDialog</name>
    <message>
        <source>Record a policy review</source>
        <translation>Richtlinienüberprüfung erfassen</translation>
    </message>
    <message>
        <source>Quarterly review</source>
        <translation>Vierteljährliche Überprüfung</translation>
    </message>
    <message>
        <source>Annual review</source>
        <translation>Jährliche Überprüfung</translation>
    </message>
    <message>
        <source>2026-Q3 for a quarter, 2026 for a year</source>
        <translation>2026-Q3 für ein Quartal, 2026 für ein Jahr</translation>
    </message>
    <message>
        <source>Who took part, e.g. “the whole team” or names</source>
        <translation>Wer teilgenommen hat, z. B. „das ganze Team“ oder Namen</translation>
    </message>
    <message>
        <source>What the review found: the pulse, concerns, what people said</source>
        <translation>Was die Überprüfung ergeben hat: Pulsbefragung, Anliegen, was gesagt wurde</translation>
    </message>
    <message>
        <source>What you decided to change, if anything</source>
        <translation>Was Sie gegebenenfalls zu ändern beschlossen haben</translation>
    </message>
    <message>
        <source>&amp;Review:</source>
        <translation>Über&amp;prüfung:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Durchgeführt am:</translation>
    </message>
    <message>
        <source>P&amp;articipants:</source>
        <translation>&amp;Teilnehmende:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>&amp;Changes decided:</source>
        <translation>&amp;Beschlossene Änderungen:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <source>Sign in as the owner first.</source>
        <translation>Melden Sie sich zuerst als Inhaber an.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::RoundsPage</name>
    <message>
        <source>Rounds of one-to-ones pair members of the team, across departments first, for half an hour inside both people&apos;s working hours. You see who is paired with whom and when, but never anyone&apos;s notes, their held or skipped marks, or their do-not-pair list.</source>
        <translation>Runden von Eins-zu-eins-Gesprächen bringen Teammitglieder zusammen, vorzugsweise abteilungsübergreifend, für eine halbe Stunde innerhalb der Arbeitszeiten beider Personen. Sie sehen, wer mit wem und wann zusammengebracht wird, aber nie die Notizen einer Person, ihre Markierungen „stattgefunden“ oder „ausgefallen“ oder ihre Ausschlussliste.</translation>
    </message>
    <message>
        <source>&amp;New round</source>
        <translation>&amp;Neue Runde</translation>
    </message>
    <message>
        <source>&amp;Rounds</source>
        <translation>&amp;Runden</translation>
    </message>
    <message>
        <source>One-to-ones</source>
        <translation>Eins-zu-eins-Gespräche</translation>
    </message>
    <message>
        <source>Date of the round</source>
        <translation>Datum der Runde</translation>
    </message>
    <message>
        <source>Round &amp;date:</source>
        <translation>&amp;Datum der Runde:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Show who would meet whom and when; nothing is written</source>
        <translation>Anzeigen, wer wen wann treffen würde; es wird nichts geschrieben</translation>
    </message>
    <message>
        <source>&amp;Start round</source>
        <translation>Runde &amp;starten</translation>
    </message>
    <message>
        <source>Arrange the meetings for this date (Ctrl+Return)</source>
        <translation>Die Treffen für dieses Datum planen (Strg+Eingabetaste)</translation>
    </message>
    <message>
        <source>Save &amp;invitations…</source>
        <translation>&amp;Einladungen speichern…</translation>
    </message>
    <message>
        <source>Write one calendar file (.ics) per meeting into a folder you choose</source>
        <translation>Eine Kalenderdatei (.ics) pro Treffen in einen Ordner Ihrer Wahl schreiben</translation>
    </message>
    <message>
        <source>Once the round is started: save the invitations as calendar files to send, or open an e-mail draft for each meeting.</source>
        <translation>Sobald die Runde gestartet ist: Speichern Sie die Einladungen als Kalenderdateien zum Versenden, oder öffnen Sie für jedes Treffen einen E-Mail-Entwurf.</translation>
    </message>
    <message>
        <source>Press Preview to see the plan for this date.</source>
        <translation>Klicken Sie auf „Vorschau“, um den Plan für dieses Datum zu sehen.</translation>
    </message>
    <message>
        <source>Rounds, newest first</source>
        <translation>Runden, neueste zuerst</translation>
    </message>
    <message>
        <source>No rounds yet. Start the first one under New round.</source>
        <translation>Noch keine Runden. Starten Sie die erste unter „Neue Runde“.</translation>
    </message>
    <message>
        <source>Save invitations &amp;again…</source>
        <translation>Einladungen &amp;erneut speichern…</translation>
    </message>
    <message>
        <source>Write the selected round&apos;s calendar files (.ics) into a folder you choose</source>
        <translation>Die Kalenderdateien (.ics) der ausgewählten Runde in einen Ordner Ihrer Wahl schreiben</translation>
    </message>
    <message>
        <source>Times are in the organisation&apos;s time zone, %1.</source>
        <translation>Die Zeiten gelten in der Zeitzone der Organisation, %1.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>Started the round of %1 with %2. Save the invitations or send e-mail drafts, so people know.</source>
        <translation>Die Runde am %1 mit %2 wurde gestartet. Speichern Sie die Einladungen oder senden Sie E-Mail-Entwürfe, damit die Beteiligten Bescheid wissen.</translation>
    </message>
    <message>
        <source>The round of %1 is started: %2, listed below.</source>
        <translation>Die Runde am %1 ist gestartet: %2, unten aufgeführt.</translation>
    </message>
    <message>
        <source>A round on %1: %2 due, who would meet in %3. Nothing is written until you start the round.</source>
        <translation>Eine Runde am %1: %2 fällig; geplant wären %3. Es wird nichts geschrieben, bis Sie die Runde starten.</translation>
    </message>
    <message>
        <source>No partner could be found this time for %1; they are due again in the next round.</source>
        <translation>Für %1 konnte diesmal niemand gefunden werden; in der nächsten Runde sind sie wieder fällig.</translation>
    </message>
    <message>
        <source>No common free half hour within four weeks for %1: their working hours do not overlap enough. They are due again in the next round.</source>
        <translation>Keine gemeinsame freie halbe Stunde innerhalb von vier Wochen für %1: Die Arbeitszeiten überschneiden sich nicht ausreichend. In der nächsten Runde sind sie wieder fällig.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a round&apos;s date and its number of meetings</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No mail program opened the draft. Save the invitations instead and send them from your calendar or mail program.</source>
        <translation>Kein E-Mail-Programm hat den Entwurf geöffnet. Speichern Sie stattdessen die Einladungen und versenden Sie sie aus Ihrem Kalender- oder E-Mail-Programm.</translation>
    </message>
    <message>
        <source>Start the round first: a plan has no invitations yet.</source>
        <translation>Starten Sie zuerst die Runde: Ein Plan hat noch keine Einladungen.</translation>
    </message>
    <message>
        <source>Choose a round in the list first.</source>
        <translation>Wählen Sie zuerst eine Runde in der Liste.</translation>
    </message>
    <message>
        <source>Save the invitations in a folder</source>
        <translation>Die Einladungen in einem Ordner speichern</translation>
    </message>
    <message>
        <source>Quarter of the silo map</source>
        <translation>Quartal der Silokarte</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Quartal:</translation>
    </message>
    <message>
        <source>Silo &amp;map</source>
        <translation>Silo&amp;karte</translation>
    </message>
    <message>
        <source>%1 (this quarter)</source>
        <translation>%1 (dieses Quartal)</translation>
    </message>
</context>
<context>
    <name>consentric::ui::SaveTemplateCommand</name>
    <message>
        <source>edit template “%1”</source>
        <translation>Vorlage „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>add template “%1”</source>
        <translation>Vorlage „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Sign in as the owner or an admin to undo changes to templates.</source>
        <translation>Melden Sie sich als Inhaber oder Admin an, um Änderungen an Vorlagen rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Sign in as the owner or an admin to redo changes to templates.</source>
        <translation>Melden Sie sich als Inhaber oder Admin an, um Änderungen an Vorlagen wiederherzustellen.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::SetLevelsCommand</name>
    <message>
        <source>You are signed out; sign in again to undo or redo.</source>
        <translation>Sie sind abgemeldet; melden Sie sich erneut an, um etwas rückgängig zu machen oder wiederherzustellen.</translation>
    </message>
    <message>
        <source>Change the sharing level to %1</source>
        <translation>Freigabestufe auf „%1“ ändern</translation>
    </message>
</context>
<context>
    <name>consentric::ui::SetStatusCommand</name>
    <message>
        <source>mark %1 as left</source>
        <translation>%1 als ausgeschieden markieren</translation>
    </message>
    <message>
        <source>mark %1 as returned</source>
        <translation>%1 als zurückgekehrt markieren</translation>
    </message>
</context>
<context>
    <name>consentric::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Ihre Passphrase</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Aktuelle Passphrase:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new one:</source>
        <translation>Neue Passphrase &amp;wiederholen:</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>Passphrase &amp;ändern</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>A recovery code opens your account if you forget your passphrase. Only you get to see it; the owner never does. Making a new one replaces the old one.</source>
        <translation>Ein Wiederherstellungscode öffnet Ihr Konto, falls Sie Ihre Passphrase vergessen. Nur Sie bekommen ihn zu sehen, der Inhaber nie. Ein neu erstellter Code ersetzt den alten.</translation>
    </message>
    <message>
        <source>Make a recovery &amp;code…</source>
        <translation>Wiederherstellungs&amp;code erstellen…</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Sign out after this long &amp;without use:</source>
        <translation>Nach dieser Zeit &amp;ohne Nutzung abmelden:</translation>
    </message>
    <message>
        <source>Someone forgot their passphrase</source>
        <translation>Jemand hat die eigene Passphrase vergessen</translation>
    </message>
    <message>
        <source>There is no back door. Without their recovery code, the only help is a fresh account: their connections and private data are erased, and they start again with the passphrase you set here (tell it to them; they change it on the Settings page).</source>
        <translation>Es gibt keine Hintertür. Ohne den Wiederherstellungscode der Person hilft nur ein neues Konto: Deren Verbindungen und private Daten werden gelöscht, und sie beginnt neu mit der Passphrase, die Sie hier festlegen (teilen Sie ihr die Passphrase mit; auf der Seite „Einstellungen“ kann sie diese ändern).</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;Temporary passphrase:</source>
        <translation>&amp;Vorläufige Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Give a fresh account…</source>
        <translation>Neues &amp;Konto einrichten…</translation>
    </message>
    <message>
        <source>Give a fresh account?</source>
        <translation>Neues Konto einrichten?</translation>
    </message>
    <message>
        <source>All connections and private data of %1 are erased for good, and the old passphrase stops working.</source>
        <translation>Alle Verbindungen und privaten Daten von %1 werden endgültig gelöscht, und die alte Passphrase wird ungültig.</translation>
    </message>
    <message>
        <source>Erase and give a fresh account</source>
        <translation>Löschen und neues Konto einrichten</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>The two new passphrases differ. Type the same one twice.</source>
        <translation>Die beiden neuen Passphrasen stimmen nicht überein. Geben Sie zweimal dieselbe ein.</translation>
    </message>
    <message>
        <source>Your passphrase is changed. Use the new one from now on.</source>
        <translation>Ihre Passphrase wurde geändert. Verwenden Sie ab jetzt die neue.</translation>
    </message>
    <message>
        <source>%1 has a fresh account; %2 connections were erased.</source>
        <translation>%1 hat ein neues Konto; %2 Verbindungen wurden gelöscht.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::SetupDialog</name>
    <message>
        <source>Set up my organisation</source>
        <translation>Meine Organisation einrichten</translation>
    </message>
    <message>
        <source>e.g. Harbor Lane Studio</source>
        <translation>z. B. Harbor Lane Studio</translation>
    </message>
    <message>
        <source>One per line, e.g.
Sales
Engineering
Operations</source>
        <translation>Eine pro Zeile, z. B.
Vertrieb
Entwicklung
Betrieb</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>ihr.name@example.com</translation>
    </message>
    <message>
        <source>e.g. Operations</source>
        <translation>z. B. Betrieb</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Departments:</source>
        <translation>&amp;Abteilungen:</translation>
    </message>
    <message>
        <source>Owner&apos;s &amp;name:</source>
        <translation>&amp;Name des Inhabers:</translation>
    </message>
    <message>
        <source>Owner&apos;s &amp;email:</source>
        <translation>&amp;E-Mail des Inhabers:</translation>
    </message>
    <message>
        <source>Owner&apos;s de&amp;partment:</source>
        <translation>A&amp;bteilung des Inhabers:</translation>
    </message>
    <message>
        <source>You are the owner: you run the referral program. Employees decide what you may see of their networks.</source>
        <translation>Sie sind der Inhaber: Sie leiten das Empfehlungsprogramm. Die Mitarbeitenden entscheiden, was Sie von ihren Netzwerken sehen dürfen.</translation>
    </message>
    <message>
        <source>Give the organisation a name.</source>
        <translation>Geben Sie der Organisation einen Namen.</translation>
    </message>
    <message>
        <source>At least %1 characters; a few unrelated words work well</source>
        <translation>Mindestens %1 Zeichen; einige Wörter ohne Zusammenhang eignen sich gut</translation>
    </message>
    <message>
        <source>Owner&apos;s pass&amp;phrase:</source>
        <translation>&amp;Passphrase des Inhabers:</translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation>Passphrase &amp;wiederholen:</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein. Geben Sie zweimal dieselbe ein.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Forgot your passphrase? Use your recovery code…</source>
        <translation>Passphrase vergessen? Wiederherstellungscode verwenden…</translation>
    </message>
    <message>
        <source>&amp;Who are you?</source>
        <translation>&amp;Wer sind Sie?</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Choose yourself, or type your email</source>
        <translation>Wählen Sie sich aus oder geben Sie Ihre E-Mail-Adresse ein</translation>
    </message>
    <message>
        <source>Choose yourself in the list, or type your email address.</source>
        <translation>Wählen Sie sich in der Liste aus oder geben Sie Ihre E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Geben Sie Ihre Passphrase ein.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
</context>
<context>
    <name>consentric::ui::SiloMapPanel</name>
    <message>
        <source>Silo map: one-to-ones between departments</source>
        <translation>Silokarte: Eins-zu-eins-Gespräche zwischen Abteilungen</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>nicht getroffen</translation>
    </message>
    <message>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>zweimal</translation>
    </message>
    <message>
        <source>three times or more</source>
        <translation>dreimal oder öfter</translation>
    </message>
    <message>
        <source>within one department (the diagonal)</source>
        <translation>innerhalb einer Abteilung (die Diagonale)</translation>
    </message>
    <message>
        <source>Which departments met in one-to-ones in %1 (%2 to %3), counting meetings whose time has come.</source>
        <translation>Welche Abteilungen sich im Quartal %1 (%2 bis %3) in Eins-zu-eins-Gesprächen getroffen haben; gezählt werden Treffen, deren Termin gekommen ist.</translation>
    </message>
    <message>
        <source>Within %1: %2</source>
        <translation>Innerhalb von %1: %2</translation>
    </message>
    <message>
        <source>%1 and %2: %3</source>
        <translation>%1 und %2: %3</translation>
    </message>
    <message>
        <source>The organisation has no departments yet: add people with their departments on the Team page.</source>
        <translation>Die Organisation hat noch keine Abteilungen: Fügen Sie auf der Seite „Team“ Personen mit ihren Abteilungen hinzu.</translation>
    </message>
    <message>
        <source>No one-to-one has taken place this quarter yet. Start a round under New round; the map fills in as the meetings&apos; times come.</source>
        <translation>In diesem Quartal hat noch kein Eins-zu-eins-Gespräch stattgefunden. Starten Sie eine Runde unter „Neue Runde“; die Karte füllt sich, sobald die Termine der Treffen gekommen sind.</translation>
    </message>
    <message>
        <source>%1 (%2% of the %3 employees)</source>
        <translation>%1 (%2 % der %3 Mitarbeiter)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Members now</source>
        <translation>Mitglieder aktuell</translation>
    </message>
    <message>
        <source>Across departments</source>
        <translation>Abteilungsübergreifend</translation>
    </message>
    <message>
        <source>Held rate</source>
        <translation>Quote stattgefundener Gespräche</translation>
    </message>
    <message>
        <source>this quarter</source>
        <translation>in diesem Quartal</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>No one-to-one took place in %1.</source>
        <translation>In %1 hat kein Eins-zu-eins-Gespräch stattgefunden.</translation>
    </message>
    <message>
        <source>%1 of 1 pair of departments has met %2.</source>
        <translation>Abteilungspaare, die sich %2 getroffen haben: %1 von 1.</translation>
    </message>
    <message>
        <source>%1 of %2 pairs of departments have met %3.</source>
        <translation>Abteilungspaare, die sich %3 getroffen haben: %1 von %2.</translation>
    </message>
    <message>
        <source>Rounds dated in %1</source>
        <translation>Runden mit Datum in %1</translation>
    </message>
    <message>
        <source>One-to-ones arranged in %1</source>
        <translation>Geplante Eins-zu-eins-Gespräche in %1</translation>
    </message>
    <message>
        <source>hidden: %1 people marked their meetings in any month</source>
        <translation>verborgen: %1 Personen haben ihre Treffen in einem Monat markiert</translation>
    </message>
</context>
<context>
    <name>consentric::ui::StepDialog</name>
    <message>
        <source>Record the outcome</source>
        <translation>Ergebnis erfassen</translation>
    </message>
    <message>
        <source>Record the meeting</source>
        <translation>Treffen erfassen</translation>
    </message>
    <message>
        <source>&amp;Date of the outcome:</source>
        <translation>&amp;Datum des Ergebnisses:</translation>
    </message>
    <message>
        <source>&amp;Date of the meeting:</source>
        <translation>&amp;Datum des Treffens:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>The colleague who made the introduction sees this step in their inbox.</source>
        <translation>Die Person, die die Vorstellung übernommen hat, sieht diesen Schritt in ihrem Posteingang.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
</context>
<context>
    <name>consentric::ui::TargetDialog</name>
    <message>
        <source>A &amp;company: ask whoever on the team can help</source>
        <translation>Eine &amp;Firma: alle im Team fragen, die helfen können</translation>
    </message>
    <message>
        <source>A &amp;person someone shared: ask that employee</source>
        <translation>Eine geteilte &amp;Person: die Person fragen, die sie geteilt hat</translation>
    </message>
    <message>
        <source>&amp;Send the request now</source>
        <translation>Anfrage sofort &amp;senden</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <source>Company name, e.g. Acme Inc.</source>
        <translation>Name der Firma, z. B. Acme Inc.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3&apos;s connection)</source>
        <translation>%1 — %2 (Verbindung von %3)</translation>
    </message>
    <message>
        <source>no company</source>
        <translation>keine Firma</translation>
    </message>
    <message>
        <source>Why the business would like this introduction. The employee reads it before deciding.</source>
        <translation>Warum sich das Unternehmen diese Vorstellung wünscht. Die Mitarbeitenden lesen es, bevor sie entscheiden.</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Everyone taking part who chose to make a connection there discoverable or shared is asked privately. You learn who only when someone accepts.</source>
        <translation>Alle Teilnehmenden, die eine Verbindung dort auffindbar gemacht oder geteilt haben, werden vertraulich gefragt. Wer es ist, erfahren Sie erst, wenn jemand annimmt.</translation>
    </message>
    <message>
        <source>Only the employee who shared this connection is asked. Until they accept, the request shows as open; if nothing comes of it, it closes at its expiry without saying why.</source>
        <translation>Nur die Person, die diese Verbindung geteilt hat, wird gefragt. Bis sie annimmt, wird die Anfrage als offen angezeigt; wenn nichts daraus wird, wird sie mit ihrem Ablauf geschlossen, ohne Angabe von Gründen.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::TeamModel</name>
    <message>
        <source>left</source>
        <translation>ausgeschieden</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>Connections %1 chose to share with the business</source>
        <translation>Verbindungen, die %1 mit dem Unternehmen geteilt hat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Shared connections</source>
        <translation>Geteilte Verbindungen</translation>
    </message>
</context>
<context>
    <name>consentric::ui::TeamPage</name>
    <message>
        <source>&amp;Add person…</source>
        <translation>Person &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Mark as &amp;left…</source>
        <translation>Als &amp;ausgeschieden markieren…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Participation by department</source>
        <translation>Teilnahme nach Abteilung</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Search people (Ctrl+F)</source>
        <translation>Personen suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Personen suchen</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Ausgeschieden</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Add a person to the team (Insert)</source>
        <translation>Eine Person zum Team hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Edit the selected person (Enter)</source>
        <translation>Die ausgewählte Person bearbeiten (Eingabetaste)</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;Nobody is on the team yet.&lt;/p&gt;&lt;p&gt;Add the first person with &lt;b&gt;Add person…&lt;/b&gt; (Insert), or load the demo company from the File menu&apos;s &lt;b&gt;New database…&lt;/b&gt; to look around first.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;Noch ist niemand im Team.&lt;/p&gt;&lt;p&gt;Fügen Sie die erste Person mit &lt;b&gt;Person hinzufügen…&lt;/b&gt; (Einfg) hinzu, oder laden Sie über &lt;b&gt;Neue Datenbank…&lt;/b&gt; im Menü „Datei“ die Demo-Firma, um sich zuerst umzusehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>Nach Abteilung</translation>
    </message>
    <message>
        <source>Who takes part in the referral program, and how many connections people made discoverable, are shown only per department. A figure that concerns fewer than 3 people reads “fewer than 3”.</source>
        <translation>Wer am Empfehlungsprogramm teilnimmt und wie viele Verbindungen auffindbar gemacht wurden, wird nur pro Abteilung angezeigt. Eine Zahl, die weniger als 3 Personen betrifft, wird als „weniger als 3“ angezeigt.</translation>
    </message>
    <message>
        <source>Mark as &amp;returned</source>
        <translation>Als &amp;zurückgekehrt markieren</translation>
    </message>
    <message>
        <source>Added %1 to the team.</source>
        <translation>%1 wurde zum Team hinzugefügt.</translation>
    </message>
    <message>
        <source>That person no longer exists.</source>
        <translation>Diese Person gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Mark %1 as having left?</source>
        <translation>%1 als ausgeschieden markieren?</translation>
    </message>
    <message>
        <source>%1 will be shown as having left and no longer counts in any figure. Their account and connections stay until they are erased; you can undo this (Ctrl+Z).</source>
        <translation>%1 wird als ausgeschieden angezeigt und zählt in keiner Zahl mehr mit. Konto und Verbindungen bleiben erhalten, bis sie gelöscht werden; Sie können dies rückgängig machen (Strg+Z).</translation>
    </message>
    <message>
        <source>Mark as left</source>
        <translation>Als ausgeschieden markieren</translation>
    </message>
</context>
<context>
    <name>consentric::ui::TemplateEditor</name>
    <message>
        <source>&amp;Active: employees can choose this template</source>
        <translation>&amp;Aktiv: Mitarbeitende können diese Vorlage wählen</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Name der Vorlage</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Transparenzhinweis</translation>
    </message>
    <message>
        <source>Opt-out line</source>
        <translation>Widerspruchshinweis</translation>
    </message>
    <message>
        <source>Why the employee is writing, and on whose behalf</source>
        <translation>Warum die Person schreibt und in wessen Auftrag</translation>
    </message>
    <message>
        <source>How the recipient can say no to further contact</source>
        <translation>Wie die Empfangsperson weiteren Kontakt ablehnen kann</translation>
    </message>
    <message>
        <source>Always sent after the body. Required before the template can be active.</source>
        <translation>Wird immer nach dem Nachrichtentext gesendet. Erforderlich, bevor die Vorlage aktiv sein kann.</translation>
    </message>
    <message>
        <source>Always sent last. Required before the template can be active.</source>
        <translation>Wird immer zuletzt gesendet. Erforderlich, bevor die Vorlage aktiv sein kann.</translation>
    </message>
    <message>
        <source>Insert &amp;placeholder</source>
        <translation>&amp;Platzhalter einfügen</translation>
    </message>
    <message>
        <source>Insert a placeholder where the cursor is in the subject, body, disclosure or opt-out line</source>
        <translation>Einen Platzhalter an der Cursorposition in Betreff, Nachrichtentext, Transparenzhinweis oder Widerspruchshinweis einfügen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sprach&amp;e:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>Nachrichten&amp;text:</translation>
    </message>
    <message>
        <source>&amp;Disclosure:</source>
        <translation>Transparenz&amp;hinweis:</translation>
    </message>
    <message>
        <source>&amp;Opt-out line:</source>
        <translation>&amp;Widerspruchshinweis:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt; with sample details. The disclosure and the opt-out line always follow the body.</source>
        <translation>&lt;b&gt;Vorschau&lt;/b&gt; mit Beispieldaten. Transparenzhinweis und Widerspruchshinweis folgen immer auf den Nachrichtentext.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>A draft: employees are not offered it. It can be made active once it has a disclosure and an opt-out line.</source>
        <translation>Ein Entwurf: Er wird den Mitarbeitenden nicht angeboten. Er kann aktiviert werden, sobald er einen Transparenzhinweis und einen Widerspruchshinweis hat.</translation>
    </message>
    <message>
        <source>A draft: employees are not offered it until you tick Active and save.</source>
        <translation>Ein Entwurf: Er wird den Mitarbeitenden erst angeboten, wenn Sie „Aktiv“ ankreuzen und speichern.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::TemplatesModel</name>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Employees can choose this template.</source>
        <translation>Mitarbeitende können diese Vorlage wählen.</translation>
    </message>
    <message>
        <source>Not offered to employees until it is made active.</source>
        <translation>Wird den Mitarbeitenden erst angeboten, wenn sie aktiviert ist.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>consentric::ui::TemplatesPage</name>
    <message>
        <source>&amp;New template</source>
        <translation>&amp;Neue Vorlage</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message>
        <source>Show templates in</source>
        <translation>Vorlagen anzeigen in</translation>
    </message>
    <message>
        <source>Write a new template (it starts as a draft)</source>
        <translation>Eine neue Vorlage schreiben (sie beginnt als Entwurf)</translation>
    </message>
    <message>
        <source>Start a new draft from the template being edited</source>
        <translation>Einen neuen Entwurf aus der gerade bearbeiteten Vorlage erstellen</translation>
    </message>
    <message>
        <source>Save the template (Ctrl+S); you can undo it (Ctrl+Z)</source>
        <translation>Die Vorlage speichern (Strg+S); Sie können dies rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>Go back to the template as it was last saved</source>
        <translation>Zur zuletzt gespeicherten Fassung der Vorlage zurückkehren</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;No templates in this language yet.&lt;/p&gt;&lt;p&gt;Click &lt;b&gt;New template&lt;/b&gt; to write one, or show another language. Every template needs a disclosure (why the employee is writing, and for whom) and an opt-out line before employees can use it.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;Noch keine Vorlagen in dieser Sprache.&lt;/p&gt;&lt;p&gt;Klicken Sie auf &lt;b&gt;Neue Vorlage&lt;/b&gt;, um eine zu schreiben, oder zeigen Sie eine andere Sprache an. Jede Vorlage braucht einen Transparenzhinweis (warum die Person schreibt und für wen) und einen Widerspruchshinweis, bevor Mitarbeitende sie verwenden können.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The words employees start from when they introduce someone. They send the message from their own mail program and may change it; Consentric sends nothing itself.</source>
        <translation>Die Worte, mit denen Mitarbeitende beginnen, wenn sie jemanden vorstellen. Sie senden die Nachricht aus ihrem eigenen E-Mail-Programm und können sie ändern; Consentric selbst sendet nichts.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Discard your changes to “%1”?</source>
        <translation>Ihre Änderungen an „%1“ verwerfen?</translation>
    </message>
    <message>
        <source>The changes to “%1” are not saved. Discard them, or go back and save them (Ctrl+S).</source>
        <translation>Die Änderungen an „%1“ sind nicht gespeichert. Verwerfen Sie sie, oder gehen Sie zurück und speichern Sie sie (Strg+S).</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Sign in as the owner or an admin to change templates.</source>
        <translation>Melden Sie sich als Inhaber oder Admin an, um Vorlagen zu ändern.</translation>
    </message>
    <message>
        <source>The template was saved but could not be read back; the list was refreshed.</source>
        <translation>Die Vorlage wurde gespeichert, konnte aber nicht wieder gelesen werden; die Liste wurde aktualisiert.</translation>
    </message>
    <message>
        <source>Saved the template “%1”.</source>
        <translation>Die Vorlage „%1“ wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::WelcomePage</name>
    <message>
        <source>Welcome to Consentric</source>
        <translation>Willkommen bei Consentric</translation>
    </message>
    <message>
        <source>Referrals and warm introductions through your team&apos;s networks, with every employee deciding, connection by connection, what the business may see.</source>
        <translation>Empfehlungen und persönliche Vorstellungen über die Netzwerke Ihres Teams – alle Mitarbeitenden entscheiden Verbindung für Verbindung, was das Unternehmen sehen darf.</translation>
    </message>
    <message>
        <source>Load the &amp;demo company</source>
        <translation>&amp;Demo-Firma laden</translation>
    </message>
    <message>
        <source>A made-up company of 12 people with their connections, to look around safely.</source>
        <translation>Eine erfundene Firma mit 12 Personen und ihren Verbindungen, um sich gefahrlos umzusehen.</translation>
    </message>
    <message>
        <source>&amp;Set up my organisation…</source>
        <translation>Meine &amp;Organisation einrichten…</translation>
    </message>
    <message>
        <source>Name your organisation, its departments and its owner.</source>
        <translation>Geben Sie Ihre Organisation, ihre Abteilungen und ihren Inhaber an.</translation>
    </message>
    <message>
        <source>This database is empty: %1</source>
        <translation>Diese Datenbank ist leer: %1</translation>
    </message>
</context>
</TS>
