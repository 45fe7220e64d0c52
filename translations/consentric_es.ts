<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Application</name>
    <message>
        <source>The screenshot was not taken within 30 seconds.</source>
        <translation>La captura de pantalla no se tomó en 30 segundos.</translation>
    </message>
    <message>
        <source>The folder for %1 does not exist.</source>
        <translation>La carpeta de %1 no existe.</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>No se pudo guardar la captura de pantalla en %1.</translation>
    </message>
    <message>
        <source>The screenshot signs in as %1: give --passphrase-file FILE or set CONSENTRIC_PASSPHRASE.</source>
        <translation>La captura de pantalla inicia sesión como %1: indique --passphrase-file FILE o defina CONSENTRIC_PASSPHRASE.</translation>
    </message>
    <message>
        <source>The page “%1” is not available to this person; theirs are: %2.</source>
        <translation>La página «%1» no está disponible para esta persona; las suyas son: %2.</translation>
    </message>
    <message>
        <source>The import wizard needs someone signed in: give a database with an organisation.</source>
        <translation>El asistente de importación necesita a alguien con la sesión iniciada: indique una base de datos con una organización.</translation>
    </message>
    <message>
        <source>The import wizard stopped at its step %1; see the screenshot for why.</source>
        <translation>El asistente de importación se detuvo en su paso %1; la captura muestra por qué.</translation>
    </message>
    <message>
        <source>Nothing on the map is called “%1”.</source>
        <translation>No hay nada en el mapa que se llame «%1».</translation>
    </message>
</context>
<context>
    <name>DemoLoader</name>
    <message>
        <source>Creating the demo company…</source>
        <translation>Creando la empresa de demostración…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Demo company</source>
        <translation>Empresa de demostración</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>exporting connections</source>
        <translation>exportar las conexiones</translation>
    </message>
    <message>
        <source>There is no person with id %1 to export.</source>
        <translation>No hay ninguna persona con el id %1 para exportar.</translation>
    </message>
</context>
<context>
    <name>Levels</name>
    <message>
        <source>private</source>
        <translation>privado</translation>
    </message>
    <message>
        <source>discoverable</source>
        <translation>descubrible</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>compartido</translation>
    </message>
    <message>
        <source>professional</source>
        <translation>profesional</translation>
    </message>
    <message>
        <source>personal</source>
        <translation>personal</translation>
    </message>
    <message>
        <source>family</source>
        <translation>familiar</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>propietario</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>empleado</translation>
    </message>
</context>
<context>
    <name>Location</name>
    <message>
        <source>No database was given: name an SQLite file or a postgresql:// URL.</source>
        <translation>No se indicó ninguna base de datos: indique un archivo SQLite o una URL postgresql://.</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL URL Consentric understands: write postgresql://user@host:port/dbname.</source>
        <translation>«%1» no es una URL de PostgreSQL que Consentric entienda: escriba postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL contains a password. Remove it from the URL and put it in a PGPASSFILE instead, or let Consentric ask for it.</source>
        <translation>La URL de PostgreSQL contiene una contraseña. Quítela de la URL y póngala en un PGPASSFILE, o deje que Consentric la pida.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL “%1” names no database: write postgresql://user@host:port/dbname.</source>
        <translation>La URL de PostgreSQL «%1» no indica ninguna base de datos: escriba postgresql://user@host:port/dbname.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Mark introduction sent</source>
        <translation>Marcar la presentación como enviada</translation>
    </message>
</context>
<context>
    <name>SuppressedCount</name>
    <message>
        <source>fewer than 3</source>
        <translation>menos de 3</translation>
    </message>
</context>
<context>
    <name>consentric::app</name>
    <message>
        <source>The SQLite file or postgresql://user@host:port/dbname URL.</source>
        <translation>El archivo SQLite o la URL postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>path-or-url</source>
        <translation>ruta-o-url</translation>
    </message>
    <message>
        <source>The language of messages: en, de, fr or es.</source>
        <translation>El idioma de los mensajes: en, de, fr o es.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Contraseña para %1: </translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>See: consentric %1 --help</source>
        <translation>Consulte: consentric %1 --help</translation>
    </message>
    <message>
        <source>--lang takes one of: %1.</source>
        <translation>--lang admite uno de estos valores: %1.</translation>
    </message>
    <message>
        <source>consentric %1 needs --%2. See: consentric %1 --help</source>
        <translation>consentric %1 necesita --%2. Consulte: consentric %1 --help</translation>
    </message>
    <message>
        <source>Unexpected word “%1”. See: consentric %2 --help</source>
        <translation>Palabra inesperada «%1». Consulte: consentric %2 --help</translation>
    </message>
    <message>
        <source>small (about 12 people), medium (200) or large (1,000).</source>
        <translation>small (unas 12 personas), medium (200) o large (1000).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>tamaño</translation>
    </message>
    <message>
        <source>The same seed gives the same company.</source>
        <translation>La misma semilla genera la misma empresa.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>Create the demo company in a new database.</source>
        <translation>Crear la empresa de demostración en una base de datos nueva.</translation>
    </message>
    <message>
        <source>--scale takes small, medium or large, not “%1”.</source>
        <translation>--scale admite small, medium o large, no «%1».</translation>
    </message>
    <message>
        <source>--seed takes a whole number, not “%1”.</source>
        <translation>--seed requiere un número entero, no «%1».</translation>
    </message>
    <message>
        <source>Demo company: %1 of %2 people</source>
        <translation>Empresa de demostración: %1 de %2 personas</translation>
    </message>
    <message>
        <source>Demo company: %1 of %2 people (%3 s)</source>
        <translation>Empresa de demostración: %1 de %2 personas (%3 s)</translation>
    </message>
    <message>
        <source>Created the demo company in %1: %2 people in %3 departments, %4 connections, %5 companies (%6 s).</source>
        <translation>Empresa de demostración creada en %1: %2 personas en %3 departamentos, %4 conexiones, %5 empresas (%6 s).</translation>
    </message>
    <message>
        <source>Usage: consentric person add --database P --email E --name N --department D [--role employee|admin]</source>
        <translation>Uso: consentric person add --database P --email E --name N --department D [--role employee|admin]</translation>
    </message>
    <message>
        <source>consentric person takes “add”: consentric person add --database P --email E --name N --department D</source>
        <translation>consentric person admite «add»: consentric person add --database P --email E --name N --department D</translation>
    </message>
    <message>
        <source>The person&apos;s work email address.</source>
        <translation>La dirección de correo electrónico laboral de la persona.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>The person&apos;s name.</source>
        <translation>El nombre de la persona.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Their department; a new one is created.</source>
        <translation>Su departamento; si no existe, se crea.</translation>
    </message>
    <message>
        <source>employee (the default) or admin.</source>
        <translation>employee (predeterminado) o admin.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>--role takes employee or admin, not “%1”.</source>
        <translation>--role admite employee o admin, no «%1».</translation>
    </message>
    <message>
        <source>Added %1 &lt;%2&gt; as %3 to the new department %4.</source>
        <translation>Se añadió a %1 &lt;%2&gt; como %3 al nuevo departamento %4.</translation>
    </message>
    <message>
        <source>Added %1 &lt;%2&gt; as %3 to %4.</source>
        <translation>Se añadió a %1 &lt;%2&gt; como %3 al departamento %4.</translation>
    </message>
    <message>
        <source>The backup file to write (replaced if it exists).</source>
        <translation>El archivo de copia de seguridad que se escribirá (se reemplaza si existe).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Write a consistent copy of an SQLite database.</source>
        <translation>Escribir una copia coherente de una base de datos SQLite.</translation>
    </message>
    <message>
        <source>Wrote a backup of %1 to %2.</source>
        <translation>Copia de seguridad de %1 escrita en %2.</translation>
    </message>
    <message>
        <source>See: consentric --help</source>
        <translation>Consulte: consentric --help</translation>
    </message>
    <message>
        <source>--page goes with --screenshot. See: consentric --help</source>
        <translation>--page solo se usa junto con --screenshot. Consulte: consentric --help</translation>
    </message>
    <message>
        <source>--page takes one of: %1.</source>
        <translation>--page admite uno de estos valores: %1.</translation>
    </message>
    <message>
        <source>Add a person to the team (as the owner).</source>
        <translation>Añadir una persona al equipo (como propietario).</translation>
    </message>
    <message>
        <source>Check every entry of the hash chain.</source>
        <translation>Comprobar cada entrada de la cadena de hash.</translation>
    </message>
    <message>
        <source>A head hash printed earlier (say, in a quarterly report) that must still be in the chain.</source>
        <translation>Un hash de cabecera mostrado antes (por ejemplo, en un informe trimestral) que debe seguir estando en la cadena.</translation>
    </message>
    <message>
        <source>hash</source>
        <translation>hash</translation>
    </message>
    <message>
        <source>Verify the audit log (as the owner or an admin).</source>
        <translation>Verificar el registro de auditoría (como propietario o administrador).</translation>
    </message>
    <message>
        <source>consentric audit takes --verify. See: consentric audit --help</source>
        <translation>consentric audit requiere --verify. Consulte: consentric audit --help</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>Entradas: %1</translation>
    </message>
    <message>
        <source>Head: %1</source>
        <translation>Cabecera: %1</translation>
    </message>
    <message>
        <source>The audit log is broken at entry %1: %2.</source>
        <translation>El registro de auditoría está dañado en la entrada %1: %2.</translation>
    </message>
    <message>
        <source>The audit log does not hold what it should: %1.</source>
        <translation>El registro de auditoría no contiene lo que debería: %1.</translation>
    </message>
    <message>
        <source>Someone changed the database outside Consentric; compare it with a backup.</source>
        <translation>Alguien cambió la base de datos fuera de Consentric; compárela con una copia de seguridad.</translation>
    </message>
    <message>
        <source>The audit log is intact.</source>
        <translation>El registro de auditoría está intacto.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1: %2.</source>
        <translation>No se puede leer el archivo de la frase de contraseña %1: %2.</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Frase de contraseña para %1: </translation>
    </message>
    <message>
        <source>Consentric needs the passphrase of %1: give --passphrase-file FILE or set CONSENTRIC_PASSPHRASE.</source>
        <translation>Consentric necesita la frase de contraseña de %1: indique --passphrase-file FILE o defina CONSENTRIC_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Act as this admin instead of the owner.</source>
        <translation>Actuar como este administrador en lugar de como propietario.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of this file.</source>
        <translation>Leer la frase de contraseña de la primera línea de este archivo.</translation>
    </message>
    <message>
        <source>Nobody with the email %1 is in this database.</source>
        <translation>En esta base de datos no hay nadie con el correo electrónico %1.</translation>
    </message>
    <message>
        <source>%1 is an employee; this command is for the owner or an admin.</source>
        <translation>%1 es empleado; este comando es para el propietario o un administrador.</translation>
    </message>
    <message>
        <source>This database has no owner yet. Open it in the window and choose “Set up my organisation”, or load the demo company.</source>
        <translation>Esta base de datos aún no tiene propietario. Ábrala en la ventana y elija «Configurar mi organización», o cargue la empresa de demostración.</translation>
    </message>
    <message>
        <source>The employee acting on their own data (they give their passphrase).</source>
        <translation>El empleado que actúa sobre sus propios datos (indica su propia frase de contraseña).</translation>
    </message>
    <message>
        <source>Print JSON: a list of {id, name, company, title, context, strength, level}.</source>
        <translation>Mostrar JSON: una lista de {id, name, company, title, context, strength, level}.</translation>
    </message>
    <message>
        <source>List your own connections, with the ids that share takes.</source>
        <translation>Listar sus propias conexiones, con los id que admite share.</translation>
    </message>
    <message>
        <source>Connections: %1</source>
        <translation>Conexiones: %1</translation>
    </message>
    <message>
        <source>private, discoverable or shared.</source>
        <translation>private (privado), discoverable (descubrible) o shared (compartido).</translation>
    </message>
    <message>
        <source>level</source>
        <translation>nivel</translation>
    </message>
    <message>
        <source>A connection id from consentric connections (may be repeated).</source>
        <translation>Un id de conexión de consentric connections (se puede repetir).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Every professional connection at this company.</source>
        <translation>Todas las conexiones profesionales en esta empresa.</translation>
    </message>
    <message>
        <source>Every professional connection.</source>
        <translation>Todas las conexiones profesionales.</translation>
    </message>
    <message>
        <source>Confirm that the business may see a personal or family connection.</source>
        <translation>Confirmar que la empresa puede ver una conexión personal o familiar.</translation>
    </message>
    <message>
        <source>Choose what the business may see of your connections.</source>
        <translation>Elegir qué puede ver la empresa de sus conexiones.</translation>
    </message>
    <message>
        <source>--level takes private, discoverable or shared, not “%1”.</source>
        <translation>--level admite private, discoverable o shared, no «%1».</translation>
    </message>
    <message>
        <source>Choose the connections with exactly one of --contact ID, --company NAME or --all-professional.</source>
        <translation>Elija las conexiones con exactamente una de las opciones --contact ID, --company NAME o --all-professional.</translation>
    </message>
    <message>
        <source>--contact takes a connection id (a number from consentric connections), not “%1”.</source>
        <translation>--contact requiere un id de conexión (un número de consentric connections), no «%1».</translation>
    </message>
    <message>
        <source>(From the command line: one --contact ID and --confirm.)</source>
        <translation>(Desde la línea de comandos: un solo --contact ID y --confirm.)</translation>
    </message>
    <message>
        <source>Connections changed to %1: %2.</source>
        <translation>Conexiones cambiadas al nivel %1: %2.</translation>
    </message>
    <message>
        <source>Personal or family connections left as they were: %1 (they change one at a time, with --contact ID --confirm).</source>
        <translation>Conexiones personales o familiares que quedan sin cambios: %1 (se cambian de una en una, con --contact ID --confirm).</translation>
    </message>
    <message>
        <source>json (everything, the default) or vcard (the connections, for an address book).</source>
        <translation>json (todo, predeterminado) o vcard (las conexiones, para una libreta de direcciones).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>Write to this file (replaced if it exists) instead of standard output.</source>
        <translation>Escribir en este archivo (se reemplaza si existe) en lugar de en la salida estándar.</translation>
    </message>
    <message>
        <source>Export everything stored about you.</source>
        <translation>Exportar todo lo que hay almacenado sobre usted.</translation>
    </message>
    <message>
        <source>--format takes json or vcard, not “%1”.</source>
        <translation>--format admite json o vcard, no «%1».</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check the folder and its permissions.</source>
        <translation>No se pudo escribir %1: %2. Compruebe la carpeta y sus permisos.</translation>
    </message>
    <message>
        <source>Wrote your data to %1.</source>
        <translation>Sus datos se escribieron en %1.</translation>
    </message>
    <message>
        <source>Run by the owner (or an admin, with --as) for someone who left: also closes their account.</source>
        <translation>Lo ejecuta el propietario (o un administrador, con --as) para alguien que ya no forma parte: también cierra su cuenta.</translation>
    </message>
    <message>
        <source>Erase an employee&apos;s connections and contacts.</source>
        <translation>Borrar las conexiones y los contactos de un empleado.</translation>
    </message>
    <message>
        <source>Erased the connections and contacts of %1 (%2) and closed the account.</source>
        <translation>Se borraron las conexiones y los contactos de %1 (%2) y se cerró la cuenta.</translation>
    </message>
    <message>
        <source>Erased the connections and contacts of %1 (%2). The account stays, out of the program.</source>
        <translation>Se borraron las conexiones y los contactos de %1 (%2). La cuenta se conserva, fuera del programa.</translation>
    </message>
    <message>
        <source>Another program has the database open: the erased bytes leave its files when that program closes it.</source>
        <translation>Otro programa tiene abierta la base de datos: los bytes borrados no saldrán de sus archivos hasta que ese programa la cierre.</translation>
    </message>
    <message>
        <source>--as and --passphrase-file go with --screenshot; the window asks who you are. See: consentric --help</source>
        <translation>--as y --passphrase-file solo se usan junto con --screenshot; la ventana pregunta quién es usted. Consulte: consentric --help</translation>
    </message>
    <message>
        <source>The files to read.</source>
        <translation>Los archivos que se leerán.</translation>
    </message>
    <message>
        <source>professional, personal or family (default: professional for LinkedIn and Outlook files, personal for the rest).</source>
        <translation>professional (profesional), personal (personal) o family (familiar); predeterminado: professional para los archivos de LinkedIn y Outlook, personal para el resto.</translation>
    </message>
    <message>
        <source>context</source>
        <translation>contexto</translation>
    </message>
    <message>
        <source>Import contact files: LinkedIn, Google or Outlook CSV, other CSV, vCard. Everything imported is private.</source>
        <translation>Importar archivos de contactos: CSV de LinkedIn, Google u Outlook, otros CSV, vCard. Todo lo importado es privado.</translation>
    </message>
    <message>
        <source>consentric import needs at least one FILE. See: consentric import --help</source>
        <translation>consentric import necesita al menos un FILE. Consulte: consentric import --help</translation>
    </message>
    <message>
        <source>--context takes professional, personal or family, not “%1”.</source>
        <translation>--context admite professional, personal o family, no «%1».</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2); nothing was imported from it.</source>
        <translation>%1: no se puede leer (%2); no se importó nada de él.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported from it.</source>
        <translation>%1: %2 No se importó nada de él.</translation>
    </message>
    <message>
        <source>%1: %2, %3, as %4: imported %5, updated %6, skipped %7 (already there), possible duplicates %8.</source>
        <translation>%1: %2, %3, contexto %4: importados %5, actualizados %6, omitidos %7 (ya existían), posibles duplicados %8.</translation>
    </message>
    <message>
        <source>%1:%2: “%3” may be the same person as your connection “%4” (id %5); both are kept. Merge them on the My connections page.</source>
        <translation>%1:%2: «%3» puede ser la misma persona que su conexión «%4» (id %5); se conservan las dos. Fusiónelas en la página «Mis conexiones».</translation>
    </message>
    <message>
        <source>%1: its %2 columns have no names Consentric knows, and no column holds an email address in every row (%3 rows read). Nothing was imported; import it in the window, where you choose what each column holds.</source>
        <translation>%1: Consentric no reconoce los nombres de sus %2 columnas y ninguna columna contiene una dirección de correo electrónico en cada fila (%3 filas leídas). No se importó nada; impórtelo en la ventana, donde usted elige qué contiene cada columna.</translation>
    </message>
    <message>
        <source>None of the files holds a contact.</source>
        <translation>Ninguno de los archivos contiene un contacto.</translation>
    </message>
    <message>
        <source>%1: is %2 MB; contact exports are far smaller, so it was not read. Check that this is the right file.</source>
        <translation>%1: ocupa %2 MB; las exportaciones de contactos son mucho más pequeñas, así que no se leyó. Compruebe que es el archivo correcto.</translation>
    </message>
    <message>
        <source>--import goes with --screenshot; in the window, use Import… (Ctrl+I). See: consentric --help</source>
        <translation>--import va con --screenshot; en la ventana, use Importar… (Ctrl+I). Véase: consentric --help</translation>
    </message>
    <message>
        <source>--import-step goes with --import. See: consentric --help</source>
        <translation>--import-step va con --import. Véase: consentric --help</translation>
    </message>
    <message>
        <source>--import-step takes one of: %1.</source>
        <translation>--import-step admite uno de estos valores: %1.</translation>
    </message>
    <message>
        <source>The company to reach (any spelling: “ACME, Inc” is “Acme Inc.”).</source>
        <translation>La empresa a la que llegar (cualquier grafía: «ACME, Inc» es «Acme Inc.»).</translation>
    </message>
    <message>
        <source>Print JSON: {company, normalised, reach: {hops, contacts, team_members}, paths: [{employee, contact, hops, strength}], message}.</source>
        <translation>Imprimir JSON: {company, normalised, reach: {hops, contacts, team_members}, paths: [{employee, contact, hops, strength}], message}.</translation>
    </message>
    <message>
        <source>Who on the team can reach a company (as the owner or an admin): counts for discoverable connections, names for shared ones.</source>
        <translation>Quién del equipo puede llegar a una empresa (como propietario o admin): cifras para las conexiones localizables, nombres para las compartidas.</translation>
    </message>
    <message>
        <source>Team members who hold them: %1</source>
        <translation>Miembros del equipo que las tienen: %1</translation>
    </message>
    <message>
        <source>%1 → %2 (strength %3)</source>
        <translation>%1 → %2 (fuerza %3)</translation>
    </message>
    <message>
        <source>--discover goes with --screenshot and --page discover or --page map. See: consentric --help</source>
        <translation>--discover solo se usa junto con --screenshot y --page discover o --page map. Consulte: consentric --help</translation>
    </message>
    <message>
        <source>The quarter to report on, such as 2026-Q3.</source>
        <translation>El trimestre del que se informa, por ejemplo 2026-Q3.</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>trimestre</translation>
    </message>
    <message>
        <source>The PDF file to write (replaced if it exists).</source>
        <translation>El archivo PDF que se escribirá (se sustituye si ya existe).</translation>
    </message>
    <message>
        <source>a4 or letter (default: from the system&apos;s locale).</source>
        <translation>a4 o letter (predeterminado: según la configuración regional del sistema).</translation>
    </message>
    <message>
        <source>Write the quarterly policy-review report as a PDF (as the owner or an admin).</source>
        <translation>Escribir el informe trimestral de revisión de la política en PDF (como propietario o administrador).</translation>
    </message>
    <message>
        <source>“%1” is not a quarter. Write the year, a dash and Q1 to Q4, for example: --quarter 2026-Q3</source>
        <translation>«%1» no es un trimestre. Escriba el año, un guion y Q1 a Q4, por ejemplo: --quarter 2026-Q3</translation>
    </message>
    <message>
        <source>--paper is a4 or letter, not “%1”.</source>
        <translation>--paper es a4 o letter, no «%1».</translation>
    </message>
    <message>
        <source>Wrote the %1 report for %2 to %3 (%4 pages).</source>
        <translation>Informe %1 de %2 escrito en %3 (%4 páginas).</translation>
    </message>
    <message>
        <source>Not shown: %1</source>
        <translation>No se muestra: %1</translation>
    </message>
    <message>
        <source>Audit log: %1 entries, head %2</source>
        <translation>Registro de auditoría: %1 entradas, cabecera %2</translation>
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
        <translation>Uso: consentric [--database PATH|URL] [--lang en|de|fr|es]
     consentric --database P --screenshot FILE [--page NAME]
     consentric COMMAND --help

Consentric permite a una pequeña empresa usar las redes de su equipo para recomendaciones
y presentaciones personales, y cada empleado decide qué puede ver la empresa.
Sin un comando, se abre la ventana (base de datos predeterminada: %1).

Comandos:
  demo     crear la empresa de demostración: --database P [--scale small|medium|large] [--seed N]
  person   añadir una persona: person add --database P --email E --name N --department D [--role employee|admin]
  backup   copiar una base de datos SQLite de forma coherente: --database P --output F
  audit    verificar el registro de auditoría: --database P --verify [--expect-head HASH]
  connections  listar sus conexiones: --database P --employee EMAIL [--json]
  import   leer archivos de contactos (CSV de LinkedIn, Google u Outlook, vCard): --database P --employee EMAIL
           [--context professional|personal|family] FILE...   todo lo importado es privado
  share    elegir qué puede ver la empresa: --database P --employee EMAIL
           --level private|discoverable|shared (--contact ID... | --company NAME | --all-professional)
           conexiones personales y familiares: un solo --contact ID y --confirm
  export   exportar todo lo que hay sobre usted: --database P --employee EMAIL [--format json|vcard] [--output F]
  erase    borrar sus conexiones: --database P --employee EMAIL; el propietario añade --left
           para alguien que ya no forma parte, lo que también cierra su cuenta
  discover quién del equipo puede llegar a una empresa: --database P --company NOMBRE [--json]
  report   el informe trimestral de revisión de la política en PDF: --database P --quarter 2026-Q3
           --output F.pdf [--paper a4|letter]
  oneonones  iniciar una ronda de reuniones uno a uno: --database P --round [--date YYYY-MM-DD]
           --output DIR   escribe una invitación (.ics) por reunión y muestra las reuniones

person, audit, discover, report, oneonones y erase --left actúan como el propietario (o como el administrador indicado
con --as EMAIL); connections, import, share, export y erase actúan como el empleado indicado
con --employee, sobre sus propios datos. La frase de contraseña se toma de
--passphrase-file FILE o de la variable de entorno CONSENTRIC_PASSPHRASE, o se solicita.
Todas las frases de contraseña de demostración son «demo».

Opciones:
  --database PATH|URL  un archivo SQLite o postgresql://user@host:port/dbname
                       (la contraseña se toma de PGPASSFILE o se solicita, nunca de la URL)
  --lang CODE          en, de, fr o es (predeterminado: el idioma del sistema)
  --screenshot FILE    iniciar sesión sin preguntar, abrir la ventana, guardar una imagen PNG
                       de ella en FILE y salir
  --as EMAIL           con --screenshot: quién inicia sesión (predeterminado: el propietario); la
                       frase de contraseña se toma de --passphrase-file FILE o de CONSENTRIC_PASSPHRASE
  --page NAME          con --screenshot: la página que se mostrará (team, discover, map, referrals,
                       templates, concerns, metrics, policy-review, reports, oneonones,
                       audit, connections, business, inbox, policy, pulse, recognition,
                       report-concern, my-audit, settings)
  --import FILE        con --screenshot: abrir el asistente de importación con FILE (repetible) y
                       guardar la pantalla; --import-step files|preview|matches|summary (por
                       defecto preview) llega hasta ahí; summary importa
  --discover NOMBRE    con --screenshot --page discover: la empresa por la que preguntar; con
                       --page map: la persona o empresa cuyos caminos más sólidos se resaltan
  -h, --help           mostrar esta ayuda
  -v, --version        mostrar la versión

Estado de salida: 0 éxito, 1 no se pudo realizar la solicitud, 2 error de uso.</translation>
    </message>
    <message>
        <source>“%1” is not a Consentric command. Commands: demo, person, backup, audit, connections, import, share, export, erase, discover, report, oneonones. See: consentric --help</source>
        <translation>«%1» no es una orden de Consentric. Órdenes: demo, person, backup, audit, connections, import, share, export, erase, discover, report, oneonones. Véase: consentric --help</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Start a round: pair everyone whose cadence is due on the date.</source>
        <translation>Iniciar una ronda: emparejar a todos aquellos a quienes, según su frecuencia, les toque en esa fecha.</translation>
    </message>
    <message>
        <source>The round&apos;s date, YYYY-MM-DD (default: today); not in the past.</source>
        <translation>La fecha de la ronda, YYYY-MM-DD (predeterminado: hoy); no puede estar en el pasado.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>The folder for the invitations, one .ics file per meeting (made if missing).</source>
        <translation>La carpeta para las invitaciones, un archivo .ics por reunión (se crea si no existe).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Start a round of one-to-ones and write its invitations (as the owner or an admin).</source>
        <translation>Iniciar una ronda de reuniones uno a uno y escribir sus invitaciones (como propietario o administrador).</translation>
    </message>
    <message>
        <source>Say what to do: --round starts a round, for example: consentric oneonones --database P --round --output DIR</source>
        <translation>Indique qué hacer: --round inicia una ronda, por ejemplo: consentric oneonones --database P --round --output DIR</translation>
    </message>
    <message>
        <source>“%1” is not a date. Write it as year-month-day, for example: --date 2026-10-05</source>
        <translation>«%1» no es una fecha. Escríbala como año-mes-día, por ejemplo: --date 2026-10-05</translation>
    </message>
    <message>
        <source>The folder %1 could not be made. Choose a folder you may write to.</source>
        <translation>No se pudo crear la carpeta %1. Elija una carpeta en la que tenga permiso para escribir.</translation>
    </message>
    <message>
        <source>Round for %1: %2 meetings for the %3 people due (times in %4).</source>
        <translation>Ronda del %1: %2 reuniones para las %3 personas a las que les toca (horas en %4).</translation>
    </message>
    <message>
        <source>Not paired this round (nobody they may meet was left): %1</source>
        <translation>Sin pareja en esta ronda (no quedaba nadie con quien pudieran reunirse): %1</translation>
    </message>
    <message>
        <source>Not paired this round (no common free half hour within four weeks): %1</source>
        <translation>Sin pareja en esta ronda (ninguna media hora libre en común en cuatro semanas): %1</translation>
    </message>
    <message>
        <source>The round was started, but %1 Write the invitations again from the One-to-ones page (Save invitations…).</source>
        <translation>La ronda se inició, pero: %1 Vuelva a escribir las invitaciones desde la página «Reuniones uno a uno» (Guardar invitaciones…).</translation>
    </message>
    <message>
        <source>Wrote %1 invitations to %2.</source>
        <translation>Se escribieron %1 invitaciones en %2.</translation>
    </message>
</context>
<context>
    <name>consentric::consent</name>
    <message>
        <source>A stored salt has the wrong length; the database may be damaged.</source>
        <translation>Una sal almacenada tiene una longitud incorrecta; puede que la base de datos esté dañada.</translation>
    </message>
    <message>
        <source>Not enough memory to check the passphrase (Argon2id needs %1 MiB). Close other programs and try again.</source>
        <translation>No hay memoria suficiente para comprobar la frase de contraseña (Argon2id necesita %1 MiB). Cierre otros programas y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>An encrypted value is too short: it was altered or damaged, so it is not shown.</source>
        <translation>Un valor cifrado es demasiado corto: se modificó o se dañó, así que no se muestra.</translation>
    </message>
    <message>
        <source>An encrypted value does not open with this key: the key is wrong, or the value was altered. Nothing of it is shown.</source>
        <translation>Un valor cifrado no se abre con esta clave: la clave es incorrecta o el valor se modificó. No se muestra nada de él.</translation>
    </message>
    <message>
        <source>A public key has the wrong length; the account may be damaged.</source>
        <translation>Una clave pública tiene una longitud incorrecta; puede que la cuenta esté dañada.</translation>
    </message>
    <message>
        <source>Could not seal a message to a public key.</source>
        <translation>No se pudo sellar un mensaje para una clave pública.</translation>
    </message>
    <message>
        <source>The sealed data is damaged or cut short.</source>
        <translation>Los datos sellados están dañados o incompletos.</translation>
    </message>
    <message>
        <source>The sealed data does not open with this key: it was altered, or it belongs to someone else.</source>
        <translation>Los datos sellados no se abren con esta clave: se modificaron o pertenecen a otra persona.</translation>
    </message>
    <message>
        <source>%1 is not the owner or an admin, so the business&apos;s views are not available. Sign in as the owner.</source>
        <translation>%1 no es el propietario ni un administrador, así que las vistas de la empresa no están disponibles. Inicie sesión como propietario.</translation>
    </message>
</context>
<context>
    <name>consentric::consent::Accounts</name>
    <message>
        <source>The passphrase is empty. Choose one only you know.</source>
        <translation>La frase de contraseña está vacía. Elija una que solo usted conozca.</translation>
    </message>
    <message>
        <source>The passphrase is shorter than %1 characters. A few unrelated words make a long one that is easy to remember.</source>
        <translation>La frase de contraseña tiene menos de %1 caracteres. Unas cuantas palabras sin relación entre sí forman una larga y fácil de recordar.</translation>
    </message>
    <message>
        <source>This person already has an account.</source>
        <translation>Esta persona ya tiene una cuenta.</translation>
    </message>
    <message>
        <source>creating the account</source>
        <translation>crear la cuenta</translation>
    </message>
    <message>
        <source>looking up the account</source>
        <translation>buscar la cuenta</translation>
    </message>
    <message>
        <source>Nobody with the email %1 is in this database. Check the address, or ask the owner to add you.</source>
        <translation>En esta base de datos no hay nadie con el correo electrónico %1. Compruebe la dirección o pida al propietario que le añada.</translation>
    </message>
    <message>
        <source>%1 has left the organisation, so the account is closed.</source>
        <translation>%1 ya no forma parte de la organización, así que la cuenta está cerrada.</translation>
    </message>
    <message>
        <source>reading the account</source>
        <translation>leer la cuenta</translation>
    </message>
    <message>
        <source>%1 has no account yet. The owner gives each person one on the Team page.</source>
        <translation>%1 aún no tiene cuenta. El propietario asigna una a cada persona en la página «Equipo».</translation>
    </message>
    <message>
        <source>counting a wrong passphrase</source>
        <translation>contar una frase de contraseña incorrecta</translation>
    </message>
    <message>
        <source>The recovery code for %1 is wrong.</source>
        <translation>El código de recuperación de %1 es incorrecto.</translation>
    </message>
    <message>
        <source>The passphrase for %1 is wrong.</source>
        <translation>La frase de contraseña de %1 es incorrecta.</translation>
    </message>
    <message>
        <source>signing in</source>
        <translation>iniciar sesión</translation>
    </message>
    <message>
        <source>Too many wrong passphrases for %1. Try again in %2 seconds.</source>
        <translation>Demasiadas frases de contraseña incorrectas para %1. Vuelva a intentarlo dentro de %2 segundos.</translation>
    </message>
    <message>
        <source>saving the new passphrase</source>
        <translation>guardar la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>saving the recovery code</source>
        <translation>guardar el código de recuperación</translation>
    </message>
    <message>
        <source>%1 has not made a recovery code. Without the passphrase the private data cannot be opened; the owner can only give a fresh, empty account.</source>
        <translation>%1 no ha creado ningún código de recuperación. Sin la frase de contraseña no se pueden abrir los datos privados; el propietario solo puede asignar una cuenta nueva y vacía.</translation>
    </message>
    <message>
        <source>Too many wrong attempts for %1. Try again in %2 seconds.</source>
        <translation>Demasiados intentos fallidos para %1. Vuelva a intentarlo dentro de %2 segundos.</translation>
    </message>
    <message>
        <source>That person no longer exists.</source>
        <translation>Esa persona ya no existe.</translation>
    </message>
    <message>
        <source>reading the account&apos;s key pair</source>
        <translation>leer el par de claves de la cuenta</translation>
    </message>
    <message>
        <source>The account of person %1 no longer exists.</source>
        <translation>La cuenta de la persona %1 ya no existe.</translation>
    </message>
    <message>
        <source>The key pair of this account was altered outside Consentric; restore a backup.</source>
        <translation>El par de claves de esta cuenta se modificó fuera de Consentric; restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>The public key of this account does not match its secret key; it was altered outside Consentric. Restore a backup.</source>
        <translation>La clave pública de esta cuenta no coincide con su clave secreta; se modificó fuera de Consentric. Restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>saving the account&apos;s key pair</source>
        <translation>guardar el par de claves de la cuenta</translation>
    </message>
</context>
<context>
    <name>consentric::consent::AuditLog</name>
    <message>
        <source>locking the audit log</source>
        <translation>bloquear el registro de auditoría</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>leer el registro de auditoría</translation>
    </message>
    <message>
        <source>writing to the audit log</source>
        <translation>escribir en el registro de auditoría</translation>
    </message>
    <message>
        <source>entry %1 is missing: the log jumps from %2 to %3</source>
        <translation>falta la entrada %1: el registro salta de la %2 a la %3</translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it</source>
        <translation>la entrada %1 no sigue a la entrada anterior</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation>la entrada %1 se modificó después de escribirse</translation>
    </message>
    <message>
        <source>the expected head %1 is not in the chain: entries were removed from its end, or it belongs to another database</source>
        <translation>el hash de cabecera esperado %1 no está en la cadena: se eliminaron entradas del final, o pertenece a otra base de datos</translation>
    </message>
    <message>
        <source>reading a public key</source>
        <translation>leer una clave pública</translation>
    </message>
    <message>
        <source>Only the owner or an admin reads the whole audit log; you can read the entries about you in “My audit trail”.</source>
        <translation>Solo el propietario o un administrador lee todo el registro de auditoría; usted puede leer las entradas que le conciernen en «Mi historial de auditoría».</translation>
    </message>
    <message>
        <source>Audit entry %1 does not open with your key: it was altered outside Consentric. Run “consentric audit --verify”.</source>
        <translation>La entrada de auditoría %1 no se abre con su clave: se modificó fuera de Consentric. Ejecute «consentric audit --verify».</translation>
    </message>
</context>
<context>
    <name>consentric::consent::BusinessView</name>
    <message>
        <source>counting the team&apos;s reach</source>
        <translation>contar el alcance del equipo</translation>
    </message>
    <message>
        <source>reading shared connections</source>
        <translation>leer las conexiones compartidas</translation>
    </message>
</context>
<context>
    <name>consentric::consent::ContactDetails</name>
    <message>
        <source>The decrypted details are not in the expected form.</source>
        <translation>Los datos descifrados no tienen el formato esperado.</translation>
    </message>
</context>
<context>
    <name>consentric::consent::ContactVault</name>
    <message>
        <source>finding a company</source>
        <translation>buscar una empresa</translation>
    </message>
    <message>
        <source>adding a company</source>
        <translation>añadir una empresa</translation>
    </message>
    <message>
        <source>storing a contact</source>
        <translation>guardar un contacto</translation>
    </message>
    <message>
        <source>Contact %1 is not one of your contacts; nothing was changed.</source>
        <translation>El contacto %1 no es uno de sus contactos; no se cambió nada.</translation>
    </message>
    <message>
        <source>The stored details of contact %1 do not open with your key: they were altered outside Consentric, or copied from another row. Nothing of them is shown. Restore a backup, or erase this contact.</source>
        <translation>Los datos guardados del contacto %1 no se abren con su clave: se modificaron fuera de Consentric o se copiaron de otra fila. No se muestra nada de ellos. Restaure una copia de seguridad o borre este contacto.</translation>
    </message>
    <message>
        <source>reading a contact</source>
        <translation>leer un contacto</translation>
    </message>
    <message>
        <source>Contact %1 no longer exists.</source>
        <translation>El contacto %1 ya no existe.</translation>
    </message>
    <message>
        <source>Contact %1 is not one of your contacts.</source>
        <translation>El contacto %1 no es uno de sus contactos.</translation>
    </message>
    <message>
        <source>reading your contacts</source>
        <translation>leer sus contactos</translation>
    </message>
</context>
<context>
    <name>consentric::consent::Erasure</name>
    <message>
        <source>Only the owner or an admin erases someone else&apos;s data; an employee erases only their own.</source>
        <translation>Solo el propietario o un administrador borra los datos de otra persona; un empleado solo borra los suyos.</translation>
    </message>
    <message>
        <source>Nobody with the email %1 is in this database.</source>
        <translation>En esta base de datos no hay nadie con el correo electrónico %1.</translation>
    </message>
    <message>
        <source>The owner&apos;s own data is erased by the owner, without --left.</source>
        <translation>Los datos propios del propietario los borra él mismo, sin --left.</translation>
    </message>
    <message>
        <source>counting the connections to erase</source>
        <translation>contar las conexiones que se van a borrar</translation>
    </message>
    <message>
        <source>erasing the connections</source>
        <translation>borrar las conexiones</translation>
    </message>
    <message>
        <source>Only the owner or an admin gives someone a fresh account.</source>
        <translation>Solo el propietario o un administrador asigna una cuenta nueva a alguien.</translation>
    </message>
    <message>
        <source>Nobody active with the email %1 is in this database.</source>
        <translation>En esta base de datos no hay nadie activo con el correo electrónico %1.</translation>
    </message>
    <message>
        <source>Your own passphrase is changed under Settings, or recovered with your recovery key.</source>
        <translation>Su propia frase de contraseña se cambia en «Configuración» o se recupera con su clave de recuperación.</translation>
    </message>
    <message>
        <source>closing the old account</source>
        <translation>cerrar la cuenta antigua</translation>
    </message>
</context>
<context>
    <name>consentric::consent::Participation</name>
    <message>
        <source>reading the consent ledger</source>
        <translation>leer el registro de consentimiento</translation>
    </message>
    <message>
        <source>The consent ledger was changed outside Consentric at row %1, so nothing was changed. Restore a backup, and run “consentric audit --verify” to see what else was touched.</source>
        <translation>El registro de consentimiento se modificó fuera de Consentric en la fila %1, así que no se cambió nada. Restaure una copia de seguridad y ejecute «consentric audit --verify» para ver qué más se modificó.</translation>
    </message>
    <message>
        <source>locking the consent ledger</source>
        <translation>bloquear el registro de consentimiento</translation>
    </message>
    <message>
        <source>changing participation</source>
        <translation>cambiar la participación</translation>
    </message>
    <message>
        <source>Only an active member of the team can join or leave the program.</source>
        <translation>Solo un miembro activo del equipo puede unirse al programa o dejarlo.</translation>
    </message>
    <message>
        <source>writing to the consent ledger</source>
        <translation>escribir en el registro de consentimiento</translation>
    </message>
    <message>
        <source>The connection policy is missing from this build of Consentric; reinstall it.</source>
        <translation>Falta la política de conexiones en esta compilación de Consentric; vuelva a instalarlo.</translation>
    </message>
    <message>
        <source>reading participation</source>
        <translation>leer la participación</translation>
    </message>
    <message>
        <source>cancelling pending requests</source>
        <translation>cancelar las solicitudes pendientes</translation>
    </message>
    <message>
        <source>Only a member of the program acknowledges a new policy version; to take part, join the program on the Policy page.</source>
        <translation>Solo un miembro del programa confirma la lectura de una nueva versión de la política; para participar, únase al programa en la página «Política».</translation>
    </message>
    <message>
        <source>The connection policy is now version %1, not %2. Read the current version first.</source>
        <translation>La política de conexiones está ahora en la versión %1, no en la %2. Lea primero la versión actual.</translation>
    </message>
</context>
<context>
    <name>consentric::consent::People</name>
    <message>
        <source>reading the organisation</source>
        <translation>leer la organización</translation>
    </message>
    <message>
        <source>The organisation needs a name.</source>
        <translation>La organización necesita un nombre.</translation>
    </message>
    <message>
        <source>This database already belongs to “%1”. Create a new database for another organisation.</source>
        <translation>Esta base de datos ya pertenece a «%1». Cree una base de datos nueva para otra organización.</translation>
    </message>
    <message>
        <source>creating the organisation</source>
        <translation>crear la organización</translation>
    </message>
    <message>
        <source>reading departments</source>
        <translation>leer los departamentos</translation>
    </message>
    <message>
        <source>A department needs a name.</source>
        <translation>Un departamento necesita un nombre.</translation>
    </message>
    <message>
        <source>finding the department</source>
        <translation>buscar el departamento</translation>
    </message>
    <message>
        <source>adding the department</source>
        <translation>añadir el departamento</translation>
    </message>
    <message>
        <source>“%1” is not an email address. Write it as name@example.com.</source>
        <translation>«%1» no es una dirección de correo electrónico. Escríbala con la forma nombre@example.com.</translation>
    </message>
    <message>
        <source>The person needs a name.</source>
        <translation>La persona necesita un nombre.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters; shorten it.</source>
        <translation>El nombre tiene más de %1 caracteres; acórtelo.</translation>
    </message>
    <message>
        <source>Choose a department for %1.</source>
        <translation>Elija un departamento para %1.</translation>
    </message>
    <message>
        <source>%1 already has the email %2. Use another address, or edit that person instead.</source>
        <translation>%1 ya tiene el correo electrónico %2. Use otra dirección o, en su lugar, edite esa persona.</translation>
    </message>
    <message>
        <source>checking the owner</source>
        <translation>comprobar el propietario</translation>
    </message>
    <message>
        <source>This organisation already has an owner. Add %1 as an admin instead.</source>
        <translation>Esta organización ya tiene un propietario. Añada a %1 como administrador.</translation>
    </message>
    <message>
        <source>adding a person</source>
        <translation>añadir una persona</translation>
    </message>
    <message>
        <source>That person no longer exists; the list was refreshed.</source>
        <translation>Esa persona ya no existe; se actualizó la lista.</translation>
    </message>
    <message>
        <source>The owner&apos;s role cannot be changed here, and nobody else can become the owner.</source>
        <translation>El rol del propietario no se puede cambiar aquí, y nadie más puede convertirse en propietario.</translation>
    </message>
    <message>
        <source>%1 already has the email %2. Use another address.</source>
        <translation>%1 ya tiene el correo electrónico %2. Use otra dirección.</translation>
    </message>
    <message>
        <source>saving the person</source>
        <translation>guardar la persona</translation>
    </message>
    <message>
        <source>The owner cannot be marked as having left. Hand the organisation to someone else first.</source>
        <translation>No se puede dar de baja al propietario. Primero traspase la organización a otra persona.</translation>
    </message>
    <message>
        <source>changing the person&apos;s status</source>
        <translation>cambiar el estado de la persona</translation>
    </message>
    <message>
        <source>checking the person&apos;s contacts</source>
        <translation>comprobar los contactos de la persona</translation>
    </message>
    <message>
        <source>This person already has contacts, so they can only be marked as having left.</source>
        <translation>Esta persona ya tiene contactos, así que solo se puede dar de baja.</translation>
    </message>
    <message>
        <source>removing the person</source>
        <translation>eliminar la persona</translation>
    </message>
    <message>
        <source>reading people</source>
        <translation>leer las personas</translation>
    </message>
</context>
<context>
    <name>consentric::consent::Pseudonyms</name>
    <message>
        <source>reading the pseudonym key</source>
        <translation>leer la clave de seudónimos</translation>
    </message>
    <message>
        <source>The pseudonym key stored for %1 does not open: %2</source>
        <translation>La clave de seudónimos guardada para %1 no se abre: %2</translation>
    </message>
    <message>
        <source>reading the pseudonym keys</source>
        <translation>leer las claves de seudónimos</translation>
    </message>
    <message>
        <source>saving the pseudonym key</source>
        <translation>guardar la clave de seudónimos</translation>
    </message>
    <message>
        <source>finding colleagues without the pseudonym key</source>
        <translation>buscar compañeros sin la clave de seudónimos</translation>
    </message>
    <message>
        <source>passing on the pseudonym key</source>
        <translation>transmitir la clave de seudónimos</translation>
    </message>
</context>
<context>
    <name>consentric::consent::SecretKey</name>
    <message>
        <source>A stored key has the wrong length; the database may be damaged.</source>
        <translation>Una clave almacenada tiene una longitud incorrecta; puede que la base de datos esté dañada.</translation>
    </message>
</context>
<context>
    <name>consentric::consent::Sharing</name>
    <message>
        <source>reading a connection</source>
        <translation>leer una conexión</translation>
    </message>
    <message>
        <source>changing a sharing level</source>
        <translation>cambiar un nivel de uso compartido</translation>
    </message>
    <message>
        <source>Connection %1 is not one of your connections; nothing was changed.</source>
        <translation>La conexión %1 no es una de sus conexiones; no se cambió nada.</translation>
    </message>
    <message>
        <source>Connection %1 is %2: personal and family connections leave private one at a time. Nothing was changed; choose it on its own and confirm.</source>
        <translation>La conexión %1 es %2: las conexiones personales y familiares dejan de ser privadas de una en una. No se cambió nada; selecciónela por separado y confirme.</translation>
    </message>
    <message>
        <source>Connection %1 is %2: confirm that the business may see it before it leaves private.</source>
        <translation>La conexión %1 es %2: confirme que la empresa puede verla antes de que deje de ser privada.</translation>
    </message>
    <message>
        <source>Name a company, for example --company &quot;Acme Inc.&quot;.</source>
        <translation>Indique una empresa, por ejemplo --company &quot;Acme Inc.&quot;.</translation>
    </message>
</context>
<context>
    <name>consentric::consent::TeamOverview</name>
    <message>
        <source>reading the team</source>
        <translation>leer el equipo</translation>
    </message>
    <message>
        <source>counting the team by department</source>
        <translation>contar el equipo por departamento</translation>
    </message>
    <message>
        <source>counting discoverable connections</source>
        <translation>contar las conexiones descubribles</translation>
    </message>
</context>
<context>
    <name>consentric::contacts</name>
    <message>
        <source>reading your connections</source>
        <translation>leer sus conexiones</translation>
    </message>
</context>
<context>
    <name>consentric::contacts::ContactStore</name>
    <message>
        <source>checking the employee</source>
        <translation>comprobar el empleado</translation>
    </message>
    <message>
        <source>Connections can only be added for an active member of the team.</source>
        <translation>Solo se pueden añadir conexiones para un miembro activo del equipo.</translation>
    </message>
    <message>
        <source>Contact %1 has neither a name nor an email address; give it one of them.</source>
        <translation>El contacto %1 no tiene ni nombre ni dirección de correo electrónico; indique uno de los dos.</translation>
    </message>
    <message>
        <source>The strength of “%1” must be between 1 and 5.</source>
        <translation>La intensidad de «%1» debe estar entre 1 y 5.</translation>
    </message>
    <message>
        <source>Connection %1 is not one of your connections.</source>
        <translation>La conexión %1 no es una de sus conexiones.</translation>
    </message>
    <message>
        <source>The strength must be between 1 and 5.</source>
        <translation>La intensidad debe estar entre 1 y 5.</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>Un contacto necesita un nombre.</translation>
    </message>
    <message>
        <source>Connection %1 is not one of your connections; nothing was changed.</source>
        <translation>La conexión %1 no es una de sus conexiones; no se cambió nada.</translation>
    </message>
    <message>
        <source>Connection %1 is %2 to the business. Make it private before you call it personal or family; nothing was changed.</source>
        <translation>La conexión %1 tiene el nivel %2 para la empresa. Cámbiela al nivel privado antes de marcarla como personal o familiar; no se cambió nada.</translation>
    </message>
    <message>
        <source>editing a connection</source>
        <translation>editar una conexión</translation>
    </message>
    <message>
        <source>finding a connection</source>
        <translation>buscar una conexión</translation>
    </message>
    <message>
        <source>Connection %1 is not one of your connections; nothing was removed.</source>
        <translation>La conexión %1 no es una de sus conexiones; no se eliminó nada.</translation>
    </message>
    <message>
        <source>removing a contact</source>
        <translation>eliminar un contacto</translation>
    </message>
    <message>
        <source>adding contacts</source>
        <translation>al añadir contactos</translation>
    </message>
    <message>
        <source>adding connections</source>
        <translation>al añadir conexiones</translation>
    </message>
</context>
<context>
    <name>consentric::contacts::import</name>
    <message>
        <source>Line %1: “%2” is not an email address; the contact is kept without it.</source>
        <translation>Línea %1: «%2» no es una dirección de correo electrónico; el contacto se conserva sin ella.</translation>
    </message>
    <message>
        <source>Line %1: the date “%2” is not a date; the contact is kept without it.</source>
        <translation>Línea %1: la fecha «%2» no es válida; el contacto se conserva sin ella.</translation>
    </message>
    <message>
        <source>Line %1: the row has %2 cells but the header has %3; the extra cells are ignored.</source>
        <translation>Línea %1: la fila tiene %2 celdas, pero la cabecera tiene %3; las celdas sobrantes se ignoran.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field starting here is never closed; the rest of the file was read into it.</source>
        <translation>Línea %1: un campo entre comillas que empieza aquí no se cierra nunca; el resto del archivo se leyó dentro de él.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <source>Choose a column for names, email addresses or profile addresses: without one no contact can be read.</source>
        <translation>Elija una columna para los nombres, las direcciones de correo electrónico o las direcciones del perfil: sin ella no se puede leer ningún contacto.</translation>
    </message>
    <message>
        <source>This file does not look like a list of contacts: none of its columns holds names, email addresses or profile addresses. Choose a CSV export from LinkedIn, Google, Outlook or Thunderbird, or map the columns by hand.</source>
        <translation>Este archivo no parece una lista de contactos: ninguna de sus columnas contiene nombres, direcciones de correo electrónico ni direcciones del perfil. Elija un archivo CSV exportado de LinkedIn, Google, Outlook o Thunderbird, o asigne las columnas a mano.</translation>
    </message>
    <message>
        <source>Consentric does not know the encoding “%1”. Choose one from the list.</source>
        <translation>Consentric no conoce la codificación «%1». Elija una de la lista.</translation>
    </message>
    <message>
        <source>LinkedIn connections (CSV)</source>
        <translation>Conexiones de LinkedIn (CSV)</translation>
    </message>
    <message>
        <source>Google Contacts (CSV)</source>
        <translation>Contactos de Google (CSV)</translation>
    </message>
    <message>
        <source>Outlook contacts (CSV)</source>
        <translation>Contactos de Outlook (CSV)</translation>
    </message>
    <message>
        <source>Thunderbird address book (CSV)</source>
        <translation>Libreta de direcciones de Thunderbird (CSV)</translation>
    </message>
    <message>
        <source>Table of contacts (CSV)</source>
        <translation>Tabla de contactos (CSV)</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>Line %1: a contact with neither a name, an email nor a profile address; skipped.</source>
        <translation>Línea %1: un contacto sin nombre, correo electrónico ni dirección del perfil; se omite.</translation>
    </message>
    <message>
        <source>The file holds no contacts.</source>
        <translation>El archivo no contiene ningún contacto.</translation>
    </message>
    <message>
        <source>This file is not text, so it holds no contacts Consentric can read. Choose a CSV export (from LinkedIn, Google, Outlook or Thunderbird) or a vCard file (.vcf).</source>
        <translation>Este archivo no es de texto, así que no contiene contactos que Consentric pueda leer. Elija un archivo CSV exportado (de LinkedIn, Google, Outlook o Thunderbird) o un archivo vCard (.vcf).</translation>
    </message>
    <message>
        <source>Line %1: text outside BEGIN:VCARD and END:VCARD is ignored.</source>
        <translation>Línea %1: el texto fuera de BEGIN:VCARD y END:VCARD se ignora.</translation>
    </message>
    <message>
        <source>Line %1: this contact has no BEGIN:VCARD; it was read up to its END:VCARD.</source>
        <translation>Línea %1: este contacto no tiene BEGIN:VCARD; se leyó hasta su END:VCARD.</translation>
    </message>
    <message>
        <source>Line %1: END:VCARD without a contact to end; ignored.</source>
        <translation>Línea %1: END:VCARD sin ningún contacto que cerrar; se ignora.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a vCard property; the line is ignored.</source>
        <translation>Línea %1: «%2» no es una propiedad vCard; la línea se ignora.</translation>
    </message>
    <message>
        <source>Line %1: the contact starting here has no END:VCARD; it was read up to the end of the file.</source>
        <translation>Línea %1: el contacto que empieza aquí no tiene END:VCARD; se leyó hasta el final del archivo.</translation>
    </message>
    <message>
        <source>This file is not a vCard: it has no BEGIN:VCARD line. Choose a vCard file (.vcf) or a CSV export of contacts.</source>
        <translation>Este archivo no es un vCard: no tiene ninguna línea BEGIN:VCARD. Elija un archivo vCard (.vcf) o un archivo CSV de contactos exportado.</translation>
    </message>
    <message numerus="yes">
        <source>Line %1: the contact starting here has %n more line(s) that are not vCard properties; they are ignored.</source>
        <translation>
            <numerusform>Línea %1: el contacto que empieza aquí tiene %n línea más que no es una propiedad vCard; se ignora.</numerusform>
            <numerusform>Línea %1: el contacto que empieza aquí tiene %n líneas más que no son propiedades vCard; se ignoran.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 has more than %2 fields; only the first %2 were read.</source>
        <translation>La línea %1 tiene más de %2 campos; solo se leyeron los primeros %2.</translation>
    </message>
    <message>
        <source>Line %1 has a field longer than %2 characters; it was cut there.</source>
        <translation>La línea %1 tiene un campo de más de %2 caracteres; se cortó ahí.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is longer than %3 MB; it is ignored.</source>
        <translation>Línea %1: «%2» ocupa más de %3 MB; se ignora.</translation>
    </message>
    <message>
        <source>Line %1: the contact starting here has more than %2 properties; only the first %2 were read.</source>
        <translation>Línea %1: el contacto que empieza aquí tiene más de %2 propiedades; solo se leyeron las primeras %2.</translation>
    </message>
</context>
<context>
    <name>consentric::contacts::import::Importer</name>
    <message>
        <source>The file could not be read.</source>
        <translation>No se pudo leer el archivo.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Se canceló la importación; no se cambió nada.</translation>
    </message>
    <message>
        <source>A connection cannot be merged into itself.</source>
        <translation>Una conexión no se puede fusionar consigo misma.</translation>
    </message>
</context>
<context>
    <name>consentric::demo</name>
    <message>
        <source>This database already holds an organisation. The demo company needs a new, empty database: give another file.</source>
        <translation>Esta base de datos ya contiene una organización. La empresa de demostración necesita una base de datos nueva y vacía: indique otro archivo.</translation>
    </message>
    <message>
        <source>Creating the demo company was cancelled; nothing was written.</source>
        <translation>Se canceló la creación de la empresa de demostración; no se escribió nada.</translation>
    </message>
    <message>
        <source>counting companies</source>
        <translation>contar las empresas</translation>
    </message>
    <message>
        <source>The demo&apos;s owner must exist before the policy is published.</source>
        <translation>El propietario de la demostración debe existir antes de publicar la política.</translation>
    </message>
    <message>
        <source>The first version of our connection policy.</source>
        <translation>La primera versión de nuestra política de conexiones.</translation>
    </message>
    <message>
        <source>Training: a session every quarter, decided at the annual review of 2025.</source>
        <translation>Formación: una sesión cada trimestre, acordada en la revisión anual de 2025.</translation>
    </message>
    <message>
        <source>reading the team</source>
        <translation>leer el equipo</translation>
    </message>
    <message>
        <source>The demo&apos;s owner must exist before a review is recorded.</source>
        <translation>El propietario de la demostración debe existir antes de registrar una revisión.</translation>
    </message>
    <message>
        <source>The owner, the trusted person and %1 volunteers from the team</source>
        <translation>El propietario, la persona de confianza y %1 voluntarios del equipo</translation>
    </message>
    <message>
        <source>The whole policy, section by section, with the year&apos;s pulse results and concerns. Participation grew; felt pressure stayed low; two concerns asked for clearer guidance on conference contacts.</source>
        <translation>Toda la política, sección por sección, con los resultados de la encuesta de pulso y las inquietudes del año. La participación creció; la presión percibida se mantuvo baja; dos inquietudes pedían pautas más claras sobre los contactos hechos en congresos.</translation>
    </message>
    <message>
        <source>Publish a new version in January: a training session every quarter. Keep every guardrail as it is.</source>
        <translation>Publicar una nueva versión en enero: una sesión de formación cada trimestre. Mantener todas las salvaguardas como están.</translation>
    </message>
    <message>
        <source>Went through the pulse results, the concerns received and the referral figures of the quarter.</source>
        <translation>Se repasaron los resultados de la encuesta de pulso, las inquietudes recibidas y las cifras de recomendaciones del trimestre.</translation>
    </message>
    <message>
        <source>reading the one-to-one members</source>
        <translation>leer los miembros de las reuniones uno a uno</translation>
    </message>
    <message>
        <source>The demo&apos;s do-not-pair lists need at least four one-to-one members besides Sam Rivera; there are %1.</source>
        <translation>Las listas de «no emparejar» de la demostración necesitan al menos cuatro miembros de las reuniones uno a uno además de Sam Rivera; hay %1.</translation>
    </message>
    <message>
        <source>The demo lost the account of a one-to-one attendee.</source>
        <translation>La demostración perdió la cuenta de un participante de una reunión uno a uno.</translation>
    </message>
    <message>
        <source>The demo&apos;s owner must exist before a one-to-one round is started.</source>
        <translation>El propietario de la demostración debe existir antes de iniciar una ronda de reuniones uno a uno.</translation>
    </message>
</context>
<context>
    <name>consentric::graph</name>
    <message>
        <source>The team&apos;s connectors are the owner&apos;s view; an employee sees their own figure.</source>
        <translation>Los conectores del equipo son la vista del propietario; cada empleado ve su propia cifra.</translation>
    </message>
    <message>
        <source>An employee&apos;s own figure comes from their own network.</source>
        <translation>La cifra propia de un empleado sale de su propia red.</translation>
    </message>
    <message>
        <source>This network is someone else&apos;s.</source>
        <translation>Esta red es de otra persona.</translation>
    </message>
    <message>
        <source>Give the name of a company, for example “Acme Inc.”.</source>
        <translation>Indique el nombre de una empresa, por ejemplo «Acme Inc.».</translation>
    </message>
    <message>
        <source>Nobody on the team can reach %1 yet: no one taking part has a discoverable or shared connection there.</source>
        <translation>Nadie del equipo puede llegar aún a %1: ningún participante tiene allí una conexión localizable o compartida.</translation>
    </message>
    <message>
        <source>People at %1 the team can reach within 2 hops: %2.</source>
        <translation>Personas en %1 a las que el equipo llega en 2 pasos: %2.</translation>
    </message>
    <message>
        <source>Through shared connections, named below (ask the employee to introduce you): %1.</source>
        <translation>Mediante conexiones compartidas, nombradas abajo (pida al empleado que le presente): %1.</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>El equipo</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>Sin departamento</translation>
    </message>
    <message>
        <source>Not at a known company</source>
        <translation>En ninguna empresa conocida</translation>
    </message>
    <message>
        <source>The map&apos;s positions could not be kept in %1: %2.</source>
        <translation>No se pudieron guardar las posiciones del mapa en %1: %2.</translation>
    </message>
</context>
<context>
    <name>consentric::graph::Snapshot</name>
    <message>
        <source>reading the team</source>
        <translation>al leer el equipo</translation>
    </message>
    <message>
        <source>%1 is not the owner or an admin, so the team&apos;s network is not available. Sign in as the owner.</source>
        <translation>%1 no es propietario ni admin, así que la red del equipo no está disponible. Inicie sesión como propietario.</translation>
    </message>
    <message>
        <source>reading the team&apos;s network</source>
        <translation>al leer la red del equipo</translation>
    </message>
</context>
<context>
    <name>consentric::metrics</name>
    <message>
        <source>Only the owner or an admin can read the pulse results. Sign in as the owner.</source>
        <translation>Solo el propietario o un administrador puede leer los resultados de la encuesta de pulso. Inicie sesión como propietario.</translation>
    </message>
</context>
<context>
    <name>consentric::metrics::Metrics</name>
    <message>
        <source>reading the organisation</source>
        <translation>leer la organización</translation>
    </message>
    <message>
        <source>reading the team</source>
        <translation>leer el equipo</translation>
    </message>
    <message>
        <source>reading the consent ledger</source>
        <translation>leer el registro de consentimiento</translation>
    </message>
    <message>
        <source>counting sharing levels</source>
        <translation>contar los niveles de uso compartido</translation>
    </message>
    <message>
        <source>Only the owner or an admin can read the program&apos;s figures. Sign in as the owner.</source>
        <translation>Solo el propietario o un administrador puede leer las cifras del programa. Inicie sesión como propietario.</translation>
    </message>
    <message>
        <source>counting the program&apos;s figures</source>
        <translation>calcular las cifras del programa</translation>
    </message>
    <message>
        <source>counting requests</source>
        <translation>contar las solicitudes</translation>
    </message>
    <message>
        <source>timing introductions</source>
        <translation>medir los plazos de las presentaciones</translation>
    </message>
</context>
<context>
    <name>consentric::metrics::Pulse</name>
    <message>
        <source>reading the pulse</source>
        <translation>leer la encuesta de pulso</translation>
    </message>
    <message>
        <source>The pulse is for the team; the owner reads its results instead of answering it.</source>
        <translation>La encuesta de pulso es para el equipo; el propietario lee sus resultados en lugar de responderla.</translation>
    </message>
    <message>
        <source>Answer each of the three questions with a number from 1 to 5.</source>
        <translation>Responda a cada una de las tres preguntas con un número del 1 al 5.</translation>
    </message>
    <message>
        <source>The comment is %1 characters long; keep it under %2.</source>
        <translation>El comentario tiene %1 caracteres; debe tener menos de %2.</translation>
    </message>
    <message>
        <source>You have already answered the pulse for %1. Thank you; the next one opens next quarter.</source>
        <translation>Ya respondió a la encuesta de pulso de %1. Gracias; la próxima se abrirá el próximo trimestre.</translation>
    </message>
    <message>
        <source>recording that you answered</source>
        <translation>registrar que usted respondió</translation>
    </message>
    <message>
        <source>storing your answer</source>
        <translation>guardar su respuesta</translation>
    </message>
    <message>
        <source>reading the pulse comments</source>
        <translation>leer los comentarios de la encuesta de pulso</translation>
    </message>
</context>
<context>
    <name>consentric::metrics::RangeCount</name>
    <message>
        <source>fewer than 3 a month</source>
        <translation>menos de 3 al mes</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>al menos %1</translation>
    </message>
</context>
<context>
    <name>consentric::oneonones</name>
    <message>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Cada dos semanas</translation>
    </message>
    <message>
        <source>Every four weeks</source>
        <translation>Cada cuatro semanas</translation>
    </message>
    <message>
        <source>Only the owner or an admin can arrange one-to-one rounds. Sign in as the owner.</source>
        <translation>Solo el propietario o un administrador puede organizar rondas de reuniones uno a uno. Inicie sesión como propietario.</translation>
    </message>
    <message>
        <source>What does a good week look like in your part of the business?</source>
        <translation>¿Cómo es una buena semana en su área de la empresa?</translation>
    </message>
    <message>
        <source>What is something your team does that the rest of us rarely see?</source>
        <translation>¿Qué hace su equipo que el resto de nosotros rara vez ve?</translation>
    </message>
    <message>
        <source>What did you work on before you came here, and what do you miss from it?</source>
        <translation>¿En qué trabajaba antes de llegar aquí y qué echa de menos de aquello?</translation>
    </message>
    <message>
        <source>Which problem would you solve for the whole business if you had a free month?</source>
        <translation>¿Qué problema resolvería para toda la empresa si tuviera un mes libre?</translation>
    </message>
    <message>
        <source>What have you learnt recently, at work or outside it?</source>
        <translation>¿Qué ha aprendido recientemente, en el trabajo o fuera de él?</translation>
    </message>
    <message>
        <source>Who helped you most in your first weeks here, and how?</source>
        <translation>¿Quién le ayudó más en sus primeras semanas aquí, y cómo?</translation>
    </message>
    <message>
        <source>What question do customers ask you most often?</source>
        <translation>¿Qué pregunta le hacen los clientes con más frecuencia?</translation>
    </message>
    <message>
        <source>What would make working across our departments easier?</source>
        <translation>¿Qué facilitaría el trabajo entre nuestros departamentos?</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <translation>%1, %2 y %3</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>Only the owner or an admin can see the one-to-one overview. Sign in as the owner.</source>
        <translation>Solo el propietario o un administrador puede ver el resumen de las reuniones uno a uno. Inicie sesión como propietario.</translation>
    </message>
</context>
<context>
    <name>consentric::oneonones::Members</name>
    <message>
        <source>This account has been closed, so it cannot take part in one-to-ones.</source>
        <translation>Esta cuenta se cerró, así que no puede participar en las reuniones uno a uno.</translation>
    </message>
    <message>
        <source>You are not in the one-to-one program. Join it first on the One-to-ones page.</source>
        <translation>Usted no participa en las reuniones uno a uno. Únase primero en la página «Reuniones uno a uno».</translation>
    </message>
    <message>
        <source>reading your one-to-one settings</source>
        <translation>leer su configuración de reuniones uno a uno</translation>
    </message>
    <message>
        <source>Choose at least one working day, and working hours at least 30 minutes long (the start before the end).</source>
        <translation>Elija al menos un día laborable y un horario de trabajo de al menos 30 minutos (el inicio antes del final).</translation>
    </message>
    <message>
        <source>joining the one-to-ones</source>
        <translation>unirse a las reuniones uno a uno</translation>
    </message>
    <message>
        <source>leaving the one-to-ones</source>
        <translation>dejar las reuniones uno a uno</translation>
    </message>
    <message>
        <source>saving your one-to-one settings</source>
        <translation>guardar su configuración de reuniones uno a uno</translation>
    </message>
    <message>
        <source>Choose a day after today to snooze until, or end the snooze.</source>
        <translation>Elija un día posterior a hoy hasta el que pausar, o termine la pausa.</translation>
    </message>
    <message>
        <source>Snooze for at most a year; to stop for longer, leave the one-to-ones (you can join again at any time).</source>
        <translation>Pause como máximo un año; para parar más tiempo, deje las reuniones uno a uno (puede volver a unirse en cualquier momento).</translation>
    </message>
    <message>
        <source>snoozing your one-to-ones</source>
        <translation>pausar sus reuniones uno a uno</translation>
    </message>
    <message>
        <source>saving your answer</source>
        <translation>guardar su respuesta</translation>
    </message>
    <message>
        <source>reading your do-not-pair list</source>
        <translation>leer su lista de «no emparejar»</translation>
    </message>
    <message>
        <source>Your do-not-pair list could not be opened: %1</source>
        <translation>No se pudo abrir su lista de «no emparejar»: %1</translation>
    </message>
    <message>
        <source>You cannot put yourself on your own do-not-pair list.</source>
        <translation>No puede incluirse a usted mismo en su propia lista de «no emparejar».</translation>
    </message>
    <message>
        <source>A do-not-pair list holds at most %1 colleagues.</source>
        <translation>Una lista de «no emparejar» admite como máximo %1 compañeros.</translation>
    </message>
    <message>
        <source>reading the team</source>
        <translation>leer el equipo</translation>
    </message>
    <message>
        <source>One of the colleagues chosen is no longer in the team. Open the list again and choose once more.</source>
        <translation>Uno de los compañeros elegidos ya no está en el equipo. Abra la lista de nuevo y vuelva a elegir.</translation>
    </message>
    <message>
        <source>changing your do-not-pair list</source>
        <translation>cambiar su lista de «no emparejar»</translation>
    </message>
    <message>
        <source>saving your do-not-pair list</source>
        <translation>guardar su lista de «no emparejar»</translation>
    </message>
    <message>
        <source>reading the pairing key</source>
        <translation>leer la clave de emparejamiento</translation>
    </message>
    <message>
        <source>making the pairing key</source>
        <translation>crear la clave de emparejamiento</translation>
    </message>
    <message>
        <source>reading the do-not-pair tokens</source>
        <translation>leer los tokens de «no emparejar»</translation>
    </message>
    <message>
        <source>reading your one-to-ones</source>
        <translation>leer sus reuniones uno a uno</translation>
    </message>
    <message>
        <source>pausing your one-to-ones</source>
        <translation>suspender sus reuniones uno a uno</translation>
    </message>
    <message>
        <source>The owner and admins arrange the one-to-one rounds and do not take part in them. Sign in as an employee to join.</source>
        <translation>El propietario y los administradores organizan las rondas de reuniones uno a uno y no participan en ellas. Inicie sesión como empleado para unirse.</translation>
    </message>
</context>
<context>
    <name>consentric::oneonones::Overview</name>
    <message>
        <source>Choose a period whose end is not before its start.</source>
        <translation>Elija un periodo cuyo final no sea anterior a su inicio.</translation>
    </message>
    <message>
        <source>reading departments</source>
        <translation>leer los departamentos</translation>
    </message>
    <message>
        <source>reading one-to-ones</source>
        <translation>leer las reuniones uno a uno</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>Sin departamento</translation>
    </message>
    <message>
        <source>reading the team</source>
        <translation>leer el equipo</translation>
    </message>
    <message>
        <source>reading the one-to-one members</source>
        <translation>leer los miembros de las reuniones uno a uno</translation>
    </message>
    <message>
        <source>reading rounds</source>
        <translation>leer las rondas</translation>
    </message>
</context>
<context>
    <name>consentric::oneonones::Rounds</name>
    <message>
        <source>reading the organisation</source>
        <translation>leer la organización</translation>
    </message>
    <message>
        <source>Choose a date for the round.</source>
        <translation>Elija una fecha para la ronda.</translation>
    </message>
    <message>
        <source>%1 is in the past. A round arranges meetings from its date on: choose today or a later day.</source>
        <translation>El %1 ya pasó. Una ronda organiza reuniones a partir de su fecha: elija hoy o un día posterior.</translation>
    </message>
    <message>
        <source>%1 is more than a year away. Choose a date within the next year.</source>
        <translation>El %1 está a más de un año. Elija una fecha dentro del próximo año.</translation>
    </message>
    <message>
        <source>reading the one-to-one members</source>
        <translation>leer los miembros de las reuniones uno a uno</translation>
    </message>
    <message>
        <source>reading earlier one-to-ones</source>
        <translation>leer las reuniones uno a uno anteriores</translation>
    </message>
    <message>
        <source>None of the %1 people due on %2 may be paired: do-not-pair lists and last rounds&apos; partners rule out every pair. Nothing was written; try again when more colleagues are due.</source>
        <translation>Ninguna de las %1 personas a las que les toca el %2 puede emparejarse: las listas de «no emparejar» y las parejas de las últimas rondas descartan todas las parejas posibles. No se escribió nada; inténtelo de nuevo cuando les toque a más compañeros.</translation>
    </message>
    <message>
        <source>reading earlier rounds</source>
        <translation>leer las rondas anteriores</translation>
    </message>
    <message>
        <source>No pair due on %1 has a free half hour in common within four weeks of it. Check the members&apos; working hours, or choose another date. Nothing was written.</source>
        <translation>Ninguna pareja a la que le toca el %1 tiene media hora libre en común en las cuatro semanas siguientes. Compruebe el horario de trabajo de los miembros o elija otra fecha. No se escribió nada.</translation>
    </message>
    <message>
        <source>storing the round</source>
        <translation>guardar la ronda</translation>
    </message>
    <message>
        <source>storing a meeting</source>
        <translation>guardar una reunión</translation>
    </message>
    <message>
        <source>reading one-to-ones</source>
        <translation>leer las reuniones uno a uno</translation>
    </message>
    <message>
        <source>reading rounds</source>
        <translation>leer las rondas</translation>
    </message>
    <message>
        <source>reading your one-to-ones</source>
        <translation>leer sus reuniones uno a uno</translation>
    </message>
    <message>
        <source>Your notes on a one-to-one could not be opened: %1</source>
        <translation>No se pudieron abrir sus notas sobre una reunión uno a uno: %1</translation>
    </message>
    <message>
        <source>Mark the one-to-one as held or as skipped.</source>
        <translation>Marque la reunión uno a uno como celebrada o como no celebrada.</translation>
    </message>
    <message>
        <source>The notes are %1 characters long; keep them under %2.</source>
        <translation>Las notas tienen %1 caracteres; no supere los %2.</translation>
    </message>
    <message>
        <source>reading your one-to-one</source>
        <translation>leer su reunión uno a uno</translation>
    </message>
    <message>
        <source>This one-to-one is not one of yours, or it no longer exists. Reload the page.</source>
        <translation>Esta reunión uno a uno no es suya o ya no existe. Vuelva a cargar la página.</translation>
    </message>
    <message>
        <source>This one-to-one is on %1. Mark it once its time has come.</source>
        <translation>Esta reunión uno a uno es el %1. Márquela cuando llegue su momento.</translation>
    </message>
    <message>
        <source>saving your mark</source>
        <translation>guardar su marca</translation>
    </message>
    <message>
        <source>reading the owner</source>
        <translation>leer el propietario</translation>
    </message>
    <message>
        <source>One-to-one: %1</source>
        <translation>Reunión uno a uno: %1</translation>
    </message>
    <message>
        <source>Half an hour to get to know a colleague from another part of the business, arranged by the one-to-one program. If the time does not suit you, agree on another. Afterwards, mark it held or skipped in Consentric; no reason is asked.</source>
        <translation>Media hora para conocer a un compañero de otra área de la empresa, organizada por el programa de reuniones uno a uno. Si la hora no le viene bien, acuerden otra. Después, márquela en Consentric como celebrada o no celebrada; no se pide ningún motivo.</translation>
    </message>
    <message>
        <source>The folder %1 could not be made. Choose a folder you may write to.</source>
        <translation>No se pudo crear la carpeta %1. Elija una carpeta en la que tenga permiso para escribir.</translation>
    </message>
    <message>
        <source>The invitation %1 could not be written: %2. Check the folder and the free space, then try again.</source>
        <translation>No se pudo escribir la invitación %1: %2. Compruebe la carpeta y el espacio libre, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Fewer than two people are due for a one-to-one on %1, and a meeting needs two. Due: %2. In the one-to-one program: %3; snoozed: %4; paused after skipping: %5; last round too recent for their cadence: %6. Choose a later date, or invite colleagues to join.</source>
        <translation>Menos de dos personas tienen una reunión uno a uno pendiente el %1, y una reunión necesita dos. Pendientes: %2. En el programa: %3; pausadas: %4; suspendidas tras no celebrar: %5; última ronda demasiado reciente para su frecuencia: %6. Elija una fecha posterior o invite a sus colegas a unirse.</translation>
    </message>
</context>
<context>
    <name>consentric::policy</name>
    <message>
        <source>Only the owner or an admin can edit and publish the connection policy. Sign in as the owner.</source>
        <translation>Solo el propietario o un administrador puede editar y publicar la política de conexiones. Inicie sesión como propietario.</translation>
    </message>
    <message>
        <source>written</source>
        <translation>redactada</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacía</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>annual review</source>
        <translation>revisión anual</translation>
    </message>
    <message>
        <source>quarterly review</source>
        <translation>revisión trimestral</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>próxima</translation>
    </message>
    <message>
        <source>due</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>vencida</translation>
    </message>
    <message>
        <source>done</source>
        <translation>realizada</translation>
    </message>
</context>
<context>
    <name>consentric::policy::PolicyStore</name>
    <message>
        <source>reading the policy versions</source>
        <translation>leer las versiones de la política</translation>
    </message>
    <message>
        <source>reading the policy draft</source>
        <translation>leer el borrador de la política</translation>
    </message>
    <message>
        <source>Each policy section needs its own key; “%1” is empty or used twice.</source>
        <translation>Cada sección de la política necesita su propia clave; «%1» está vacía o se usa dos veces.</translation>
    </message>
    <message>
        <source>The section “%1” has no title. Give it one, or remove the section.</source>
        <translation>La sección «%1» no tiene título. Póngale uno o quite la sección.</translation>
    </message>
    <message>
        <source>saving the policy draft</source>
        <translation>guardar el borrador de la política</translation>
    </message>
    <message>
        <source>The draft is the same as version %1, so there is nothing to publish. Change a section first.</source>
        <translation>El borrador es igual que la versión %1, así que no hay nada que publicar. Cambie primero una sección.</translation>
    </message>
    <message>
        <source>publishing the policy</source>
        <translation>publicar la política</translation>
    </message>
    <message>
        <source>reading the consent ledger</source>
        <translation>leer el registro de consentimiento</translation>
    </message>
    <message>
        <source>counting acknowledgements</source>
        <translation>contar las confirmaciones de lectura</translation>
    </message>
</context>
<context>
    <name>consentric::policy::Reviews</name>
    <message>
        <source>Only the owner or an admin records a policy review. Sign in as the owner.</source>
        <translation>Solo el propietario o un administrador registra una revisión de la política. Inicie sesión como propietario.</translation>
    </message>
    <message>
        <source>Give the date the review was held; it cannot be in the future.</source>
        <translation>Indique la fecha en que se celebró la revisión; no puede ser una fecha futura.</translation>
    </message>
    <message>
        <source>An annual review covers a year, such as 2026.</source>
        <translation>Una revisión anual abarca un año, por ejemplo 2026.</translation>
    </message>
    <message>
        <source>A quarterly review covers a quarter, such as 2026-Q3.</source>
        <translation>Una revisión trimestral abarca un trimestre, por ejemplo 2026-Q3.</translation>
    </message>
    <message>
        <source>Write down what the review found or decided: the notes, the changes, or both.</source>
        <translation>Anote lo que la revisión constató o decidió: las notas, los cambios o ambos.</translation>
    </message>
    <message>
        <source>reading the reviews</source>
        <translation>leer las revisiones</translation>
    </message>
    <message>
        <source>The %1 for %2 is already recorded.</source>
        <translation>La %1 de %2 ya está registrada.</translation>
    </message>
    <message>
        <source>recording the review</source>
        <translation>registrar la revisión</translation>
    </message>
    <message>
        <source>reading the organisation</source>
        <translation>leer la organización</translation>
    </message>
</context>
<context>
    <name>consentric::referrals</name>
    <message>
        <source>customer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>socio</translation>
    </message>
    <message>
        <source>hire</source>
        <translation>contratación</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <source>introduction sent</source>
        <translation>presentación enviada</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>reunión</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>resultado</translation>
    </message>
    <message>
        <source>closed — no introduction</source>
        <translation>cerrada — sin presentación</translation>
    </message>
    <message>
        <source>won</source>
        <translation>ganado</translation>
    </message>
    <message>
        <source>hired</source>
        <translation>contratado</translation>
    </message>
    <message>
        <source>partnered</source>
        <translation>colaboración acordada</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>sin resultado</translation>
    </message>
    <message>
        <source>makes the introduction</source>
        <translation>hace la presentación</translation>
    </message>
    <message>
        <source>name may be mentioned</source>
        <translation>se puede mencionar su nombre</translation>
    </message>
    <message>
        <source>waiting for your answer</source>
        <translation>esperando su respuesta</translation>
    </message>
    <message>
        <source>you accepted</source>
        <translation>usted aceptó</translation>
    </message>
    <message>
        <source>you declined</source>
        <translation>usted rechazó</translation>
    </message>
    <message>
        <source>expired without an answer</source>
        <translation>caducada sin respuesta</translation>
    </message>
    <message>
        <source>taken by a colleague</source>
        <translation>aceptada por un compañero</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>Only the owner or an admin can manage targets and requests. Sign in as the owner.</source>
        <translation>Solo el propietario o un administrador puede gestionar objetivos y solicitudes. Inicie sesión como propietario.</translation>
    </message>
    <message>
        <source>counting open requests</source>
        <translation>contar las solicitudes abiertas</translation>
    </message>
    <message>
        <source>checking the cool-down</source>
        <translation>comprobar el periodo de espera</translation>
    </message>
    <message>
        <source>You already accepted this request; nothing more to answer.</source>
        <translation>Ya aceptó esta solicitud; no hay nada más que responder.</translation>
    </message>
    <message>
        <source>You already declined this request. If you changed your mind, tell the owner yourself.</source>
        <translation>Ya rechazó esta solicitud. Si ha cambiado de opinión, dígaselo usted mismo al propietario.</translation>
    </message>
    <message>
        <source>This request expired on %1 and is closed; nothing more to do.</source>
        <translation>Esta solicitud caducó el %1 y está cerrada; no hay nada más que hacer.</translation>
    </message>
    <message>
        <source>A colleague already took this request, so it is closed for you. Thank you all the same.</source>
        <translation>Un compañero ya aceptó esta solicitud, así que está cerrada para usted. Gracias de todos modos.</translation>
    </message>
    <message>
        <source>This request was cancelled (you left the program), so it cannot be answered.</source>
        <translation>Esta solicitud se canceló (usted dejó el programa), así que no se puede responder.</translation>
    </message>
    <message>
        <source>This request is already closed; nothing more to do.</source>
        <translation>Esta solicitud ya está cerrada; no hay nada más que hacer.</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recibida</translation>
    </message>
    <message>
        <source>being handled</source>
        <translation>en trámite</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resuelta</translation>
    </message>
</context>
<context>
    <name>consentric::referrals::Concerns</name>
    <message>
        <source>No trusted person has been designated yet. Send the concern to the owner, or ask the owner to designate one.</source>
        <translation>Aún no se ha designado ninguna persona de confianza. Envíe la inquietud al propietario o pídale que designe una.</translation>
    </message>
    <message>
        <source>finding the owner</source>
        <translation>buscar al propietario</translation>
    </message>
    <message>
        <source>This organisation has no owner account to receive a concern.</source>
        <translation>Esta organización no tiene ninguna cuenta de propietario que pueda recibir una inquietud.</translation>
    </message>
    <message>
        <source>finding who receives concerns</source>
        <translation>buscar a quien recibe las inquietudes</translation>
    </message>
    <message>
        <source>reading your concerns</source>
        <translation>leer sus inquietudes</translation>
    </message>
    <message>
        <source>Write what happened, in your own words, then send the concern.</source>
        <translation>Escriba lo que ocurrió, con sus propias palabras, y después envíe la inquietud.</translation>
    </message>
    <message>
        <source>The concern is longer than %1 characters; shorten it, or give the details in person.</source>
        <translation>La inquietud tiene más de %1 caracteres; acórtela o cuente los detalles en persona.</translation>
    </message>
    <message>
        <source>You would be sending this concern to yourself. Choose the other recipient.</source>
        <translation>Se estaría enviando esta inquietud a usted mismo. Elija el otro destinatario.</translation>
    </message>
    <message>
        <source>finding the recipient&apos;s key</source>
        <translation>buscar la clave del destinatario</translation>
    </message>
    <message>
        <source>The recipient has not signed in since Consentric was updated, so a concern cannot be sealed to them yet. Choose the other recipient, or try again after they sign in.</source>
        <translation>El destinatario no ha iniciado sesión desde que se actualizó Consentric, así que aún no se puede sellar una inquietud para él. Elija el otro destinatario o vuelva a intentarlo cuando haya iniciado sesión.</translation>
    </message>
    <message>
        <source>sending the concern</source>
        <translation>enviar la inquietud</translation>
    </message>
    <message>
        <source>keeping your receipt</source>
        <translation>guardar su acuse de recibo</translation>
    </message>
    <message>
        <source>reading concerns</source>
        <translation>leer las inquietudes</translation>
    </message>
    <message>
        <source>Concern %1 does not open with your key; it may have been altered. Nothing else was affected.</source>
        <translation>La inquietud %1 no se abre con su clave; puede que se haya modificado. No se vio afectado nada más.</translation>
    </message>
    <message>
        <source>changing the concern&apos;s status</source>
        <translation>cambiar el estado de la inquietud</translation>
    </message>
    <message>
        <source>Only the person a concern was sent to can change its status.</source>
        <translation>Solo la persona a la que se envió una inquietud puede cambiar su estado.</translation>
    </message>
    <message>
        <source>counting concerns</source>
        <translation>contar las inquietudes</translation>
    </message>
</context>
<context>
    <name>consentric::referrals::DoNotContact</name>
    <message>
        <source>reading the connection</source>
        <translation>leer la conexión</translation>
    </message>
    <message>
        <source>That connection no longer exists.</source>
        <translation>Esa conexión ya no existe.</translation>
    </message>
    <message>
        <source>Only the employee whose connection it is can put this person on the do-not-contact list.</source>
        <translation>Solo el empleado al que pertenece esta conexión puede poner a esta persona en la lista de «no contactar».</translation>
    </message>
    <message>
        <source>The owner and admins do not hold the team&apos;s pseudonym key, so a contact of theirs cannot go on the do-not-contact list. Note the person&apos;s wish yourself, and do not ask the team about them.</source>
        <translation>El propietario y los administradores no tienen la clave de seudónimos del equipo, así que un contacto suyo no puede entrar en la lista de «no contactar». Tome nota usted mismo del deseo de esa persona y no pregunte al equipo por ella.</translation>
    </message>
    <message>
        <source>This person cannot be put on the do-not-contact list yet: the team&apos;s pseudonym key has not reached this account. Ask the employee whose connection it is to sign in once, then try again.</source>
        <translation>Todavía no se puede poner a esta persona en la lista de «no contactar»: la clave de seudónimos del equipo aún no ha llegado a esta cuenta. Pida al empleado al que pertenece esta conexión que inicie sesión una vez y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>updating the do-not-contact list</source>
        <translation>actualizar la lista de «no contactar»</translation>
    </message>
    <message>
        <source>reading the do-not-contact list</source>
        <translation>leer la lista de «no contactar»</translation>
    </message>
</context>
<context>
    <name>consentric::referrals::Guardrails</name>
    <message>
        <source>reading the referral guardrails</source>
        <translation>leer las salvaguardas de las recomendaciones</translation>
    </message>
    <message>
        <source>Open requests per employee must be between %1 and %2 (you asked for %3): nobody may be asked more than that at once.</source>
        <translation>Las solicitudes abiertas por empleado deben estar entre %1 y %2 (indicó %3): a nadie se le puede pedir más a la vez.</translation>
    </message>
    <message>
        <source>The wait after a request ends without an introduction must be between %1 and %2 days (you asked for %3).</source>
        <translation>La espera después de que una solicitud termine sin presentación debe estar entre %1 y %2 días (indicó %3).</translation>
    </message>
    <message>
        <source>Requests must expire after between %1 and %2 days (you asked for %3).</source>
        <translation>Las solicitudes deben caducar al cabo de entre %1 y %2 días (indicó %3).</translation>
    </message>
    <message>
        <source>Only the owner or an admin can change the referral guardrails.</source>
        <translation>Solo el propietario o un administrador puede cambiar las salvaguardas de las recomendaciones.</translation>
    </message>
    <message>
        <source>checking the trusted person</source>
        <translation>comprobar la persona de confianza</translation>
    </message>
    <message>
        <source>The trusted person for concerns must be an active member of the team. Choose someone else.</source>
        <translation>La persona de confianza para las inquietudes debe ser un miembro activo del equipo. Elija a otra persona.</translation>
    </message>
    <message>
        <source>changing the referral guardrails</source>
        <translation>cambiar las salvaguardas de las recomendaciones</translation>
    </message>
</context>
<context>
    <name>consentric::referrals::Inbox</name>
    <message>
        <source>reading your inbox</source>
        <translation>leer su bandeja de entrada</translation>
    </message>
    <message>
        <source>This request was not sent to you, or it no longer exists.</source>
        <translation>Esta solicitud no se le envió a usted, o ya no existe.</translation>
    </message>
    <message>
        <source>finding your connections there</source>
        <translation>buscar sus conexiones en esa empresa</translation>
    </message>
    <message>
        <source>recording the step</source>
        <translation>registrar el paso</translation>
    </message>
    <message>
        <source>Choose one of your own connections at %1 that you shared (and who has not asked not to be contacted).</source>
        <translation>Elija una de sus propias conexiones en %1 que haya compartido (y que no haya pedido que no se la contacte).</translation>
    </message>
    <message>
        <source>accepting the request</source>
        <translation>aceptar la solicitud</translation>
    </message>
    <message>
        <source>A colleague accepted this request a moment ago, so it is closed for you. Thank you all the same.</source>
        <translation>Un compañero acaba de aceptar esta solicitud, así que está cerrada para usted. Gracias de todos modos.</translation>
    </message>
    <message>
        <source>declining the request</source>
        <translation>rechazar la solicitud</translation>
    </message>
    <message>
        <source>Only a request you accepted, and have not marked yet, can be marked “introduction sent”.</source>
        <translation>Solo una solicitud que usted aceptó, y que aún no ha marcado, se puede marcar como «presentación enviada».</translation>
    </message>
    <message>
        <source>You offered to have your name mentioned, so the business makes this approach itself; there is no introduction to mark.</source>
        <translation>Usted ofreció que se mencionara su nombre, así que la empresa se pone en contacto directamente; no hay ninguna presentación que marcar.</translation>
    </message>
    <message>
        <source>marking the introduction sent</source>
        <translation>marcar la presentación como enviada</translation>
    </message>
    <message>
        <source>The owner already recorded a later step, so “introduction sent” stays as it is.</source>
        <translation>El propietario ya registró un paso posterior, así que «presentación enviada» se queda como está.</translation>
    </message>
    <message>
        <source>taking back “introduction sent”</source>
        <translation>deshacer «presentación enviada»</translation>
    </message>
    <message>
        <source>Only the colleague who made this introduction can record that the person said no.</source>
        <translation>Solo el compañero que hizo esta presentación puede registrar que la persona dijo que no.</translation>
    </message>
    <message>
        <source>recording the answer</source>
        <translation>registrar la respuesta</translation>
    </message>
</context>
<context>
    <name>consentric::referrals::Pipeline</name>
    <message>
        <source>Only the owner or an admin records meetings and outcomes.</source>
        <translation>Solo el propietario o un administrador registra reuniones y resultados.</translation>
    </message>
    <message>
        <source>reading the request</source>
        <translation>leer la solicitud</translation>
    </message>
    <message>
        <source>That request no longer exists.</source>
        <translation>Esa solicitud ya no existe.</translation>
    </message>
    <message>
        <source>recording the step</source>
        <translation>registrar el paso</translation>
    </message>
    <message>
        <source>A meeting can be recorded once the introduction was sent (or, when the employee offered their name, once they accepted). This request is “%1”.</source>
        <translation>Se puede registrar una reunión una vez enviada la presentación (o, si el empleado ofreció que se mencionara su nombre, una vez que aceptó). Esta solicitud está en «%1».</translation>
    </message>
    <message>
        <source>Give the date the meeting took place (today or earlier).</source>
        <translation>Indique la fecha en que tuvo lugar la reunión (hoy o antes).</translation>
    </message>
    <message>
        <source>An outcome can be recorded after a request was accepted; this request is “%1”.</source>
        <translation>Se puede registrar un resultado después de que se acepte una solicitud; esta solicitud está en «%1».</translation>
    </message>
    <message>
        <source>Give the date of the outcome (today or earlier).</source>
        <translation>Indique la fecha del resultado (hoy o antes).</translation>
    </message>
    <message>
        <source>This request changed since (now “%1”), so the step cannot be taken back.</source>
        <translation>Esta solicitud ha cambiado desde entonces (ahora «%1»), así que el paso no se puede deshacer.</translation>
    </message>
    <message>
        <source>Only meetings and outcomes can be taken back here.</source>
        <translation>Aquí solo se pueden deshacer reuniones y resultados.</translation>
    </message>
</context>
<context>
    <name>consentric::referrals::Recognition</name>
    <message>
        <source>counting your points</source>
        <translation>contar sus puntos</translation>
    </message>
    <message>
        <source>reading the recognition list</source>
        <translation>leer la lista de reconocimiento</translation>
    </message>
    <message>
        <source>changing the recognition list</source>
        <translation>cambiar la lista de reconocimiento</translation>
    </message>
</context>
<context>
    <name>consentric::referrals::Referrals</name>
    <message>
        <source>closing expired requests</source>
        <translation>cerrar las solicitudes caducadas</translation>
    </message>
    <message>
        <source>Say why the business would like this introduction: the employee reads the reason before deciding.</source>
        <translation>Explique por qué la empresa quiere esta presentación: el empleado lee el motivo antes de decidir.</translation>
    </message>
    <message>
        <source>reading the shared connection</source>
        <translation>leer la conexión compartida</translation>
    </message>
    <message>
        <source>That connection is not shared with the business (any more), so it cannot be a target. Choose a company instead: the team will be asked.</source>
        <translation>Esa conexión no está compartida (o ya no) con la empresa, así que no puede ser un objetivo. Elija una empresa en su lugar: se preguntará al equipo.</translation>
    </message>
    <message>
        <source>Name the company the business would like to reach.</source>
        <translation>Indique la empresa a la que quiere llegar.</translation>
    </message>
    <message>
        <source>adding a target</source>
        <translation>añadir un objetivo</translation>
    </message>
    <message>
        <source>reading the targets</source>
        <translation>leer los objetivos</translation>
    </message>
    <message>
        <source>%1 already has as many open requests as the program allows (%2). Try again when one of them closes.</source>
        <translation>%1 ya tiene tantas solicitudes abiertas como permite el programa (%2). Vuelva a intentarlo cuando se cierre alguna.</translation>
    </message>
    <message>
        <source>%1 was asked about this target recently and no introduction came of it. The program waits %2 days before asking them again: you can send this request from %3.</source>
        <translation>A %1 se le preguntó hace poco por este objetivo y no salió ninguna presentación. El programa espera %2 días antes de volver a preguntarle: podrá enviar esta solicitud a partir del %3.</translation>
    </message>
    <message>
        <source>finding who can help</source>
        <translation>buscar quién puede ayudar</translation>
    </message>
    <message>
        <source>Everyone the team can reach at %1 asked not to be contacted again (they are on the do-not-contact list), so no request was sent. Choose another target.</source>
        <translation>Todas las personas a las que el equipo puede llegar en %1 pidieron que no se las volviera a contactar (están en la lista de «no contactar»), así que no se envió ninguna solicitud. Elija otro objetivo.</translation>
    </message>
    <message>
        <source>Nobody on the team can reach %1 through a connection they chose to share, so there is nobody to ask. Look for another way in on the Discover page, or choose another target.</source>
        <translation>Nadie del equipo puede llegar a %1 a través de una conexión que haya decidido compartir, así que no hay a quién preguntar. Busque otra vía en la página «Descubrir» o elija otro objetivo.</translation>
    </message>
    <message>
        <source>Everyone who could help with %1 was asked recently, or already has as many open requests as the program allows. Nobody was asked: try again in a few weeks.</source>
        <translation>A todas las personas que podrían ayudar con %1 se les preguntó hace poco, o ya tienen tantas solicitudes abiertas como permite el programa. No se preguntó a nadie: vuelva a intentarlo dentro de unas semanas.</translation>
    </message>
    <message>
        <source>That target no longer exists. Add it again on the Referrals page.</source>
        <translation>Ese objetivo ya no existe. Vuelva a añadirlo en la página «Recomendaciones».</translation>
    </message>
    <message>
        <source>checking open requests</source>
        <translation>comprobar las solicitudes abiertas</translation>
    </message>
    <message>
        <source>A request about %1 is already open (sent %2). Wait for it to be accepted or to expire.</source>
        <translation>Ya hay una solicitud abierta sobre %1 (enviada el %2). Espere a que se acepte o caduque.</translation>
    </message>
    <message>
        <source>This connection is no longer shared with the business, or its employee left the program, so nobody can be asked about it. Ask the team about %1 instead.</source>
        <translation>Esta conexión ya no está compartida con la empresa, o su empleado dejó el programa, así que no se puede preguntar a nadie por ella. Pregunte al equipo por %1 en su lugar.</translation>
    </message>
    <message>
        <source>%1 asked not to be contacted again (they are on the do-not-contact list). Consentric will not send a request that would reach them.</source>
        <translation>%1 pidió que no se le volviera a contactar (está en la lista de «no contactar»). Consentric no enviará ninguna solicitud que llegue a esa persona.</translation>
    </message>
    <message>
        <source>This person</source>
        <translation>Esta persona</translation>
    </message>
    <message>
        <source>sending the request</source>
        <translation>enviar la solicitud</translation>
    </message>
    <message>
        <source>reading the requests</source>
        <translation>leer las solicitudes</translation>
    </message>
    <message>
        <source>counting requests</source>
        <translation>contar las solicitudes</translation>
    </message>
    <message>
        <source>%1 is already a target. Select it on the Referrals page and send a request about it instead.</source>
        <translation>%1 ya es un objetivo. Selecciónelo en la página Recomendaciones y envíe una solicitud sobre él.</translation>
    </message>
    <message>
        <source>checking the targets</source>
        <translation>al comprobar los objetivos</translation>
    </message>
</context>
<context>
    <name>consentric::reports</name>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>This report reviews the referral program of %1 for %2 (%3 to %4): whether taking part stayed voluntary and comfortable, and whether it was useful. Every figure about what employees did is counted month by month and shown only when at least three people stand behind it; otherwise it reads “fewer than 3”.</source>
        <translation>Este informe revisa el programa de recomendaciones de %1 en %2 (del %3 al %4): si la participación siguió siendo voluntaria y cómoda, y si fue útil. Cada cifra sobre lo que hicieron los empleados se cuenta mes a mes y solo se muestra cuando hay al menos tres personas detrás; si no, aparece «menos de 3».</translation>
    </message>
    <message>
        <source>Participation at the end of the quarter</source>
        <translation>Participación al final del trimestre</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3)</source>
        <translation>%1 % (%2 de %3)</translation>
    </message>
    <message>
        <source>members of the team, the owner excepted</source>
        <translation>miembros del equipo, sin contar al propietario</translation>
    </message>
    <message>
        <source>Requests sent</source>
        <translation>Solicitudes enviadas</translation>
    </message>
    <message>
        <source>by the owner</source>
        <translation>por el propietario</translation>
    </message>
    <message>
        <source>Introductions made</source>
        <translation>Presentaciones realizadas</translation>
    </message>
    <message>
        <source>by employees who accepted</source>
        <translation>por los empleados que aceptaron</translation>
    </message>
    <message>
        <source>Comfort with the program (1–5)</source>
        <translation>Comodidad con el programa (1–5)</translation>
    </message>
    <message>
        <source>fewer than 3 answers</source>
        <translation>menos de 3 respuestas</translation>
    </message>
    <message>
        <source>pulse average</source>
        <translation>media de la encuesta de pulso</translation>
    </message>
    <message>
        <source>Felt pressure (1–5)</source>
        <translation>Presión percibida (1–5)</translation>
    </message>
    <message>
        <source>pulse average; lower is better</source>
        <translation>media de la encuesta de pulso; cuanto más baja, mejor</translation>
    </message>
    <message>
        <source>Concerns reported</source>
        <translation>Inquietudes comunicadas</translation>
    </message>
    <message>
        <source>to the owner or the trusted person</source>
        <translation>al propietario o a la persona de confianza</translation>
    </message>
    <message>
        <source>Connection policy in force</source>
        <translation>Política de conexiones vigente</translation>
    </message>
    <message>
        <source>Only the owner or an admin can make the quarterly report. Sign in as the owner.</source>
        <translation>Solo el propietario o un administrador puede elaborar el informe trimestral. Inicie sesión como propietario.</translation>
    </message>
    <message>
        <source>(no organisation yet)</source>
        <translation>(aún no hay organización)</translation>
    </message>
    <message>
        <source>%1 has not started yet, so there is nothing to count: every figure below is empty.</source>
        <translation>%1 aún no ha empezado, así que no hay nada que contar: todas las cifras siguientes están vacías.</translation>
    </message>
    <message>
        <source>%1 is not over: the figures run to %2.</source>
        <translation>%1 no ha terminado: las cifras llegan hasta el %2.</translation>
    </message>
    <message>
        <source>The program started on %1, after this quarter: there is nothing to count.</source>
        <translation>El programa empezó el %1, después de este trimestre: no hay nada que contar.</translation>
    </message>
    <message>
        <source>No connection policy has been published in this database: the built-in policy %1 applies.</source>
        <translation>No se ha publicado ninguna política de conexiones en esta base de datos: se aplica la política integrada %1.</translation>
    </message>
    <message>
        <source>The connection policy</source>
        <translation>La política de conexiones</translation>
    </message>
    <message>
        <source>Version %1 (built in; not yet published by the business).</source>
        <translation>Versión %1 (integrada; la empresa aún no la ha publicado).</translation>
    </message>
    <message>
        <source>Version %1, published on %2.</source>
        <translation>Versión %1, publicada el %2.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Sections written</source>
        <translation>Secciones redactadas</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>of the required checklist</source>
        <translation>de la lista de comprobación obligatoria</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>now</source>
        <translation>actualmente</translation>
    </message>
    <message>
        <source>Have acknowledged this version</source>
        <translation>Han confirmado la lectura de esta versión</translation>
    </message>
    <message>
        <source>Not yet acknowledged</source>
        <translation>Aún sin confirmar</translation>
    </message>
    <message>
        <source>asked at their next sign-in</source>
        <translation>se les pedirá en su próximo inicio de sesión</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Participation and consent</source>
        <translation>Participación y consentimiento</translation>
    </message>
    <message>
        <source>Team (the owner excepted)</source>
        <translation>Equipo (sin contar al propietario)</translation>
    </message>
    <message>
        <source>at the end of the quarter</source>
        <translation>al final del trimestre</translation>
    </message>
    <message>
        <source>Participation rate</source>
        <translation>Tasa de participación</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>no se muestra</translation>
    </message>
    <message>
        <source>shown when at least 3 take part</source>
        <translation>se muestra cuando participan al menos 3</translation>
    </message>
    <message>
        <source>Joined the program</source>
        <translation>Se unieron al programa</translation>
    </message>
    <message>
        <source>month by month</source>
        <translation>mes a mes</translation>
    </message>
    <message>
        <source>Left the program</source>
        <translation>Dejaron el programa</translation>
    </message>
    <message>
        <source>month by month; no reason is ever asked</source>
        <translation>mes a mes; nunca se pregunta el motivo</translation>
    </message>
    <message>
        <source>Connections kept private</source>
        <translation>Conexiones que se mantienen privadas</translation>
    </message>
    <message>
        <source>of participants, now</source>
        <translation>de los participantes, actualmente</translation>
    </message>
    <message>
        <source>Connections made discoverable</source>
        <translation>Conexiones hechas descubribles</translation>
    </message>
    <message>
        <source>Connections shared</source>
        <translation>Conexiones compartidas</translation>
    </message>
    <message>
        <source>Participation rate, last 12 months</source>
        <translation>Tasa de participación, últimos 12 meses</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participación</translation>
    </message>
    <message>
        <source>Referral activity and outcomes</source>
        <translation>Actividad de recomendaciones y resultados</translation>
    </message>
    <message>
        <source>Aggregate figures only. Declines are counted, never attributed to anyone.</source>
        <translation>Solo cifras agregadas. Los rechazos se cuentan, nunca se atribuyen a nadie.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptadas</translation>
    </message>
    <message>
        <source>answers, month by month</source>
        <translation>respuestas, mes a mes</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazadas</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>recorded by the owner</source>
        <translation>según los registros del propietario</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>won %1 · hired %2 · partnered %3 · no result %4</source>
        <translation>ganados %1 · contrataciones %2 · colaboraciones %3 · sin resultado %4</translation>
    </message>
    <message>
        <source>Median days from request to introduction</source>
        <translation>Mediana de días de la solicitud a la presentación</translation>
    </message>
    <message>
        <source>shown when at least 3 people introduced</source>
        <translation>se muestra cuando al menos 3 personas hicieron presentaciones</translation>
    </message>
    <message>
        <source>Answers to requests, last 12 months</source>
        <translation>Respuestas a las solicitudes, últimos 12 meses</translation>
    </message>
    <message>
        <source>No referral requests were sent in %1.</source>
        <translation>No se envió ninguna solicitud de recomendación en %1.</translation>
    </message>
    <message>
        <source>Pulse survey</source>
        <translation>Encuesta de pulso</translation>
    </message>
    <message>
        <source>Anonymous: answers are stored with the quarter only. Averages are shown for a quarter with at least 3 answers; comments are read in the window and are not part of this report.</source>
        <translation>Anónima: las respuestas se guardan solo con el trimestre. Las medias se muestran para un trimestre con al menos 3 respuestas; los comentarios se leen en la ventana de la aplicación y no forman parte de este informe.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>cuanto más alta, mejor</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>cuanto más baja, mejor</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Satisfacción (1–5)</translation>
    </message>
    <message>
        <source>The pulse for %1 has fewer than 3 answers, so its averages are not shown.</source>
        <translation>La encuesta de pulso de %1 tiene menos de 3 respuestas, así que no se muestran sus medias.</translation>
    </message>
    <message>
        <source>Pulse averages, last four quarters</source>
        <translation>Medias de la encuesta de pulso, últimos cuatro trimestres</translation>
    </message>
    <message>
        <source>Comfort</source>
        <translation>Comodidad</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Presión</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfacción</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Inquietudes</translation>
    </message>
    <message>
        <source>Counts and status only. Whoever wrote a concern, and what it says, stays with its recipient.</source>
        <translation>Solo recuentos y estados. Quién escribió una inquietud, y lo que dice, queda en manos de su destinatario.</translation>
    </message>
    <message>
        <source>Reported in the quarter</source>
        <translation>Comunicadas en el trimestre</translation>
    </message>
    <message>
        <source>Resolved in the quarter</source>
        <translation>Resueltas en el trimestre</translation>
    </message>
    <message>
        <source>Concerns, last 12 months</source>
        <translation>Inquietudes, últimos 12 meses</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Comunicadas</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resueltas</translation>
    </message>
    <message>
        <source>Review schedule and the last review</source>
        <translation>Calendario de revisiones y última revisión</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>due by %1</source>
        <translation>vence el %1</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>Última revisión</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Celebrada el</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>No review has been recorded yet.</source>
        <translation>Aún no se ha registrado ninguna revisión.</translation>
    </message>
    <message>
        <source>No quarterly review has been recorded for %1.</source>
        <translation>No se ha registrado ninguna revisión trimestral de %1.</translation>
    </message>
    <message>
        <source>Changes decided</source>
        <translation>Cambios acordados</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Policy version %1</source>
        <translation>Versión %1 de la política</translation>
    </message>
    <message>
        <source>Policy versions published</source>
        <translation>Versiones de la política publicadas</translation>
    </message>
    <message>
        <source>Reviews that decided changes</source>
        <translation>Revisiones que acordaron cambios</translation>
    </message>
    <message>
        <source>No changes were decided in this quarter.</source>
        <translation>No se acordó ningún cambio en este trimestre.</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <source>The audit log had %1 entries when this report was prepared, ending with the hash below. To check later that no entry was removed: consentric audit --database FILE --verify --expect-head HASH</source>
        <translation>El registro de auditoría tenía %1 entradas cuando se elaboró este informe y terminaba con el hash que figura abajo. Para comprobar más adelante que no se eliminó ninguna entrada: consentric audit --database FILE --verify --expect-head HASH</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Entradas del registro de auditoría</translation>
    </message>
    <message>
        <source>chain intact</source>
        <translation>cadena intacta</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>For the team</source>
        <translation>Por el equipo</translation>
    </message>
    <message>
        <source>Acknowledged a new policy version</source>
        <translation>Confirmaron una nueva versión de la política</translation>
    </message>
    <message>
        <source>One-to-ones</source>
        <translation>Reuniones uno a uno</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Rounds started</source>
        <translation>Rondas iniciadas</translation>
    </message>
    <message>
        <source>for a date in the quarter</source>
        <translation>para una fecha del trimestre</translation>
    </message>
    <message>
        <source>Meetings arranged</source>
        <translation>Reuniones organizadas</translation>
    </message>
    <message>
        <source>for the quarter</source>
        <translation>para el trimestre</translation>
    </message>
    <message>
        <source>Across departments</source>
        <translation>Entre departamentos</translation>
    </message>
    <message>
        <source>of the meetings arranged</source>
        <translation>de las reuniones organizadas</translation>
    </message>
    <message>
        <source>Held rate</source>
        <translation>Tasa de celebración</translation>
    </message>
    <message>
        <source>Pairs of departments that met</source>
        <translation>Parejas de departamentos que se reunieron</translation>
    </message>
    <message>
        <source>at least one one-to-one between them</source>
        <translation>al menos una reunión uno a uno entre ellos</translation>
    </message>
    <message>
        <source>No one-to-one round was started for a date in %1.</source>
        <translation>No se inició ninguna ronda de reuniones uno a uno para una fecha de %1.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>One-to-ones whose time had come by %1, by the departments of the people in them: %2 in all, %3 across departments. A cell counts the meetings between its row&apos;s and its column&apos;s department; the shaded diagonal, those within one department. A group of three counts once for each pair of departments in it.</source>
        <translation>Reuniones uno a uno cuyo momento había llegado a %1, según los departamentos de sus participantes: %2 en total, %3 entre departamentos. Cada celda cuenta las reuniones entre el departamento de su fila y el de su columna; la diagonal sombreada, las de un mismo departamento. Un grupo de tres cuenta una vez por cada pareja de departamentos que contiene.</translation>
    </message>
    <message>
        <source>%1 (%2 % of employees)</source>
        <translation>%1 (%2 % de los empleados)</translation>
    </message>
    <message>
        <source>employees, now; shown from 3</source>
        <translation>empleados, ahora; se muestra a partir de 3</translation>
    </message>
    <message>
        <source>of held and skipped; %1 people marked</source>
        <translation>de las celebradas y no celebradas; %1 personas marcaron</translation>
    </message>
    <message>
        <source>Colleagues from different departments meet for half an hour, paired by the program; members choose how often and within which working hours. Counts only: each person&apos;s marks and private notes are never part of this report, and the held rate counts only the months in which at least 3 people marked a meeting.</source>
        <translation>Colegas de distintos departamentos se reúnen media hora, emparejados por el programa; los miembros eligen con qué frecuencia y dentro de qué horario laboral. Solo cifras: las marcas y notas privadas de cada persona nunca forman parte de este informe, y la tasa de celebración cuenta solo los meses en que al menos 3 personas marcaron una reunión.</translation>
    </message>
    <message>
        <source>shown when at least 3 people marked in a month</source>
        <translation>se muestra cuando al menos 3 personas marcaron en un mes</translation>
    </message>
</context>
<context>
    <name>consentric::reports::Chart</name>
    <message>
        <source>Hidden: fewer than 3</source>
        <translation>Oculto: menos de 3</translation>
    </message>
    <message>
        <source>No data for this period</source>
        <translation>No hay datos para este periodo</translation>
    </message>
    <message>
        <source>Every figure here is hidden: fewer than 3 people stand behind each</source>
        <translation>Todas las cifras están ocultas aquí: detrás de cada una hay menos de 3 personas</translation>
    </message>
</context>
<context>
    <name>consentric::reports::Layout</name>
    <message>
        <source>Quarterly policy review</source>
        <translation>Revisión trimestral de la política</translation>
    </message>
    <message>
        <source>Covering %1 to %2</source>
        <translation>Periodo del %1 al %2</translation>
    </message>
    <message>
        <source>Prepared on %1 with Consentric</source>
        <translation>Elaborado el %1 con Consentric</translation>
    </message>
    <message>
        <source>What this report cannot show</source>
        <translation>Lo que este informe no puede mostrar</translation>
    </message>
    <message>
        <source>Head hash of the audit log:</source>
        <translation>Hash de cabecera del registro de auditoría:</translation>
    </message>
    <message>
        <source>%1 — policy review %2</source>
        <translation>%1 — revisión de la política %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Aggregate figures only. Any figure behind which fewer than three people stand is shown as “fewer than 3”, and figures are counted in whole months so that comparing two periods cannot single anyone out. No section about requests, declines, the pulse, concerns or one-to-ones names anyone.</source>
        <translation>Solo cifras agregadas. Toda cifra detrás de la cual haya menos de tres personas aparece como «menos de 3», y las cifras se cuentan en meses completos para que comparar dos periodos no permita identificar a nadie. Ninguna sección sobre solicitudes, rechazos, la encuesta de pulso, inquietudes o reuniones uno a uno nombra a nadie.</translation>
    </message>
</context>
<context>
    <name>consentric::reports::ReportWriter</name>
    <message>
        <source>The report could not be drawn: the printer or file refused to start a page. Check the printer, or the folder you chose.</source>
        <translation>No se pudo dibujar el informe: la impresora o el archivo no permitió empezar una página. Compruebe la impresora o la carpeta que eligió.</translation>
    </message>
    <message>
        <source>The report stopped at page %1: the printer or file refused a new page.</source>
        <translation>El informe se detuvo en la página %1: la impresora o el archivo rechazó una página nueva.</translation>
    </message>
    <message>
        <source>Quarterly policy review %1 — %2</source>
        <translation>Revisión trimestral de la política %1 — %2</translation>
    </message>
    <message>
        <source>The report could not be saved as %1. Check that the folder exists and that you may write there.</source>
        <translation>No se pudo guardar el informe como %1. Compruebe que la carpeta existe y que tiene permiso para escribir en ella.</translation>
    </message>
</context>
<context>
    <name>consentric::storage</name>
    <message>
        <source>Consentric does not copy a PostgreSQL server database; use pg_dump instead, for example: pg_dump -h %1 -p %2 -d %3 -F c -f consentric.dump</source>
        <translation>Consentric no copia la base de datos de un servidor PostgreSQL; use pg_dump en su lugar, por ejemplo: pg_dump -h %1 -p %2 -d %3 -F c -f consentric.dump</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist; create it or choose another place for the backup.</source>
        <translation>La carpeta «%1» no existe; créela o elija otro lugar para la copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup cannot replace the database it copies; choose another file name.</source>
        <translation>La copia de seguridad no puede reemplazar la base de datos que copia; elija otro nombre de archivo.</translation>
    </message>
    <message>
        <source>writing the backup</source>
        <translation>escribir la copia de seguridad</translation>
    </message>
    <message>
        <source>The backup was written but could not be moved to “%1”; check the folder&apos;s permissions.</source>
        <translation>La copia de seguridad se escribió, pero no se pudo mover a «%1»; compruebe los permisos de la carpeta.</translation>
    </message>
</context>
<context>
    <name>consentric::storage::Database</name>
    <message>
        <source>There is no database at “%1”. Check the path, or create a new database.</source>
        <translation>No hay ninguna base de datos en «%1». Compruebe la ruta o cree una base de datos nueva.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Create it first, or choose another place for the database.</source>
        <translation>La carpeta «%1» no existe. Créela primero o elija otro lugar para la base de datos.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file. Choose a file inside it.</source>
        <translation>«%1» es una carpeta, no un archivo de base de datos. Elija un archivo dentro de ella.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2. Check the file&apos;s permissions.</source>
        <translation>No se puede leer «%1»: %2. Compruebe los permisos del archivo.</translation>
    </message>
    <message>
        <source>“%1” is not a Consentric database (it is not an SQLite file). Nothing was changed; open another file or restore a backup.</source>
        <translation>«%1» no es una base de datos de Consentric (no es un archivo SQLite). No se cambió nada; abra otro archivo o restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed. Install the package %2 and start again.</source>
        <translation>El controlador Qt SQL %1 no está instalado. Instale el paquete %2 y vuelva a iniciar el programa.</translation>
    </message>
    <message>
        <source>opening the database file</source>
        <translation>abrir el archivo de la base de datos</translation>
    </message>
    <message>
        <source>Connecting to %1 was cancelled: no password was given.</source>
        <translation>Se canceló la conexión a %1: no se indicó ninguna contraseña.</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL database %1: %2. Check that the server is running and the URL is right; a password belongs in PGPASSFILE.</source>
        <translation>No se puede conectar a la base de datos PostgreSQL %1: %2. Compruebe que el servidor está en marcha y que la URL es correcta; la contraseña va en PGPASSFILE.</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a Consentric database (%2). It may be damaged or not a database; nothing was changed. Restore a backup or open another file.</source>
        <translation>«%1» no se puede leer como base de datos de Consentric (%2). Puede estar dañado o no ser una base de datos; no se cambió nada. Restaure una copia de seguridad o abra otro archivo.</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>leer la versión del esquema</translation>
    </message>
    <message>
        <source>“%1” is a database, but not a Consentric one (it has other tables and no schema version). Nothing was changed; open another database.</source>
        <translation>«%1» es una base de datos, pero no de Consentric (tiene otras tablas y ninguna versión de esquema). No se cambió nada; abra otra base de datos.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer Consentric (schema %2; this program knows up to %3). Update Consentric to open it; nothing was changed.</source>
        <translation>«%1» se escribió con una versión más reciente de Consentric (esquema %2; este programa conoce hasta el esquema %3). Actualice Consentric para abrirlo; no se cambió nada.</translation>
    </message>
    <message>
        <source>preparing the database</source>
        <translation>preparar la base de datos</translation>
    </message>
    <message>
        <source>locking the schema</source>
        <translation>bloquear el esquema</translation>
    </message>
    <message>
        <source>creating the schema version table</source>
        <translation>crear la tabla de versión del esquema</translation>
    </message>
    <message>
        <source>upgrading the database to schema %1</source>
        <translation>actualizar la base de datos al esquema %1</translation>
    </message>
    <message>
        <source>recording the schema version</source>
        <translation>registrar la versión del esquema</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>iniciar una transacción</translation>
    </message>
    <message>
        <source>A change was rolled back because part of it failed; nothing was saved.</source>
        <translation>Se deshizo un cambio porque una parte falló; no se guardó nada.</translation>
    </message>
    <message>
        <source>saving the changes</source>
        <translation>guardar los cambios</translation>
    </message>
    <message>
        <source>no id was returned</source>
        <translation>no se devolvió ningún id</translation>
    </message>
    <message>
        <source>The database %1 failed while %2: %3.</source>
        <translation>Error en la base de datos %1 al %2: %3.</translation>
    </message>
    <message>
        <source>clearing the write-ahead log</source>
        <translation>vaciar el registro de escritura anticipada (WAL)</translation>
    </message>
    <message>
        <source>Row ids can only be reserved inside a transaction.</source>
        <translation>Los identificadores de fila solo se pueden reservar dentro de una transacción.</translation>
    </message>
    <message>
        <source>reserving row ids</source>
        <translation>al reservar identificadores de fila</translation>
    </message>
    <message>
        <source>%1 ids were asked for and %2 returned</source>
        <translation>se pidieron %1 identificadores y se devolvieron %2</translation>
    </message>
    <message>
        <source>Internal error while %1: %2 values do not make rows of %3.</source>
        <translation>Error interno %1: %2 valores no forman filas de %3.</translation>
    </message>
</context>
<context>
    <name>consentric::templates</name>
    <message>
        <source>The subject</source>
        <translation>El asunto</translation>
    </message>
    <message>
        <source>The body</source>
        <translation>El cuerpo</translation>
    </message>
    <message>
        <source>The disclosure</source>
        <translation>El aviso de transparencia</translation>
    </message>
    <message>
        <source>The opt-out line</source>
        <translation>La línea de exclusión</translation>
    </message>
    <message>
        <source>%1 has }} at line %2, column %3 without a {{ before it. Remove it, or add the missing {{.</source>
        <translation>%1 tiene }} en la línea %2, columna %3, sin un {{ delante. Quítelo o añada el {{ que falta.</translation>
    </message>
    <message>
        <source>%1 opens a placeholder with {{ at line %2, column %3 but does not close it. Add }} after the placeholder&apos;s name, or remove the {{.</source>
        <translation>%1 abre un marcador con {{ en la línea %2, columna %3, pero no lo cierra. Añada }} después del nombre del marcador o quite el {{.</translation>
    </message>
    <message>
        <source>%1 has an empty placeholder {{}} at line %2, column %3. Write a placeholder&apos;s name between the braces, or remove them.</source>
        <translation>%1 tiene un marcador vacío {{}} en la línea %2, columna %3. Escriba el nombre de un marcador entre las llaves o quítelas.</translation>
    </message>
    <message>
        <source>Choose one from “Insert placeholder”, or correct the spelling.</source>
        <translation>Elija uno en «Insertar marcador» o corrija la ortografía.</translation>
    </message>
    <message>
        <source>Did you mean {{%1}}?</source>
        <translation>¿Quería decir {{%1}}?</translation>
    </message>
    <message>
        <source>%1 has an unknown placeholder {{%4}} at line %2, column %3.</source>
        <translation>%1 tiene un marcador desconocido {{%4}} en la línea %2, columna %3.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <source>Ask first</source>
        <translation>Preguntar primero</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>your first name</source>
        <translation>su nombre de pila</translation>
    </message>
    <message>
        <source>your full name</source>
        <translation>su nombre completo</translation>
    </message>
    <message>
        <source>your email address</source>
        <translation>su dirección de correo electrónico</translation>
    </message>
    <message>
        <source>the recipient&apos;s first name</source>
        <translation>el nombre de pila del destinatario</translation>
    </message>
    <message>
        <source>the recipient&apos;s full name</source>
        <translation>el nombre completo del destinatario</translation>
    </message>
    <message>
        <source>the recipient&apos;s company</source>
        <translation>la empresa del destinatario</translation>
    </message>
    <message>
        <source>your organisation&apos;s name</source>
        <translation>el nombre de su organización</translation>
    </message>
    <message>
        <source>who asked for the introduction</source>
        <translation>la persona que pidió la presentación</translation>
    </message>
    <message>
        <source>their email address</source>
        <translation>el correo electrónico de quien pidió la presentación</translation>
    </message>
    <message>
        <source>the company to reach</source>
        <translation>la empresa a la que llegar</translation>
    </message>
    <message>
        <source>why the business wants to reach them</source>
        <translation>por qué la empresa quiere llegar a ella</translation>
    </message>
    <message>
        <source>The disclosure and the opt-out line are empty: write why the employee is writing and on whose behalf, and how the recipient can say no to further contact, then activate the template.</source>
        <translation>El aviso de transparencia y la línea de exclusión están vacíos: escriba por qué escribe el empleado y en nombre de quién, y cómo puede el destinatario rechazar más contactos; después active la plantilla.</translation>
    </message>
    <message>
        <source>The disclosure is empty: write why the employee is writing and on whose behalf, then activate the template.</source>
        <translation>El aviso de transparencia está vacío: escriba por qué escribe el empleado y en nombre de quién; después active la plantilla.</translation>
    </message>
    <message>
        <source>The opt-out line is empty: write how the recipient can say no to further contact, then activate the template.</source>
        <translation>La línea de exclusión está vacía: escriba cómo puede el destinatario rechazar más contactos; después active la plantilla.</translation>
    </message>
</context>
<context>
    <name>consentric::templates::TemplateStore</name>
    <message>
        <source>counting the templates</source>
        <translation>contar las plantillas</translation>
    </message>
    <message>
        <source>adding the default templates</source>
        <translation>añadir las plantillas predeterminadas</translation>
    </message>
    <message>
        <source>reading the templates</source>
        <translation>leer las plantillas</translation>
    </message>
    <message>
        <source>Only the owner or an admin can change templates. Ask them to make this change.</source>
        <translation>Solo el propietario o un administrador puede cambiar las plantillas. Pídales que hagan este cambio.</translation>
    </message>
    <message>
        <source>The template needs a name, so that employees can tell it from the others.</source>
        <translation>La plantilla necesita un nombre, para que los empleados puedan distinguirla de las demás.</translation>
    </message>
    <message>
        <source>The template&apos;s name is longer than %1 characters; shorten it.</source>
        <translation>El nombre de la plantilla tiene más de %1 caracteres; acórtelo.</translation>
    </message>
    <message>
        <source>adding the template</source>
        <translation>añadir la plantilla</translation>
    </message>
    <message>
        <source>That template no longer exists (someone removed it); the list was refreshed.</source>
        <translation>Esa plantilla ya no existe (alguien la quitó); se actualizó la lista.</translation>
    </message>
    <message>
        <source>saving the template</source>
        <translation>guardar la plantilla</translation>
    </message>
    <message>
        <source>removing the template</source>
        <translation>quitar la plantilla</translation>
    </message>
    <message>
        <source>Only a template that was saved before can be put back.</source>
        <translation>Solo se puede restaurar una plantilla que se haya guardado antes.</translation>
    </message>
    <message>
        <source>That template is already there; nothing was put back.</source>
        <translation>Esa plantilla ya existe; no se restauró nada.</translation>
    </message>
    <message>
        <source>putting the template back</source>
        <translation>restaurar la plantilla</translation>
    </message>
</context>
<context>
    <name>consentric::ui</name>
    <message>
        <source>%1 sign-ins, %2 refused</source>
        <translation>%1 inicios de sesión, %2 rechazados</translation>
    </message>
    <message>
        <source>%1 connections made %2</source>
        <translation>%1 conexiones cambiadas al nivel %2</translation>
    </message>
    <message>
        <source>policy version %1</source>
        <translation>versión de la política %1</translation>
    </message>
    <message>
        <source>as %1</source>
        <translation>en formato %1</translation>
    </message>
    <message>
        <source>%1 shared connections</source>
        <translation>%1 conexiones compartidas</translation>
    </message>
    <message>
        <source>Taking part:</source>
        <translation>Participan:</translation>
    </message>
    <message>
        <source>The share of the team taking part in the program at the end of the range&apos;s last month (today, for the current month). Shown only when at least 3 people take part; otherwise it reads &quot;fewer than 3&quot;.</source>
        <translation>La proporción del equipo que participa en el programa al final del último mes del periodo (hoy, si es el mes en curso). Solo se muestra cuando participan al menos 3 personas; si no, aparece «menos de 3».</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Equipo:</translation>
    </message>
    <message>
        <source>Active members of the team at the end of that month, the owner excepted. The size of the team is not private.</source>
        <translation>Miembros activos del equipo al final de ese mes, sin contar al propietario. El tamaño del equipo no es privado.</translation>
    </message>
    <message>
        <source>Joined:</source>
        <translation>Se unieron:</translation>
    </message>
    <message>
        <source>Employees who joined the program in these months.</source>
        <translation>Empleados que se unieron al programa en estos meses.</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>Salieron:</translation>
    </message>
    <message>
        <source>Employees who left the program in these months.</source>
        <translation>Empleados que dejaron el programa en estos meses.</translation>
    </message>
    <message>
        <source>Requests sent:</source>
        <translation>Solicitudes enviadas:</translation>
    </message>
    <message>
        <source>Requests you sent in these months.</source>
        <translation>Solicitudes que usted envió en estos meses.</translation>
    </message>
    <message>
        <source>Accepted:</source>
        <translation>Aceptadas:</translation>
    </message>
    <message>
        <source>Requests employees accepted in these months.</source>
        <translation>Solicitudes que los empleados aceptaron en estos meses.</translation>
    </message>
    <message>
        <source>Declined:</source>
        <translation>Rechazadas:</translation>
    </message>
    <message>
        <source>Declines answered in these months.</source>
        <translation>Rechazos respondidos en estos meses.</translation>
    </message>
    <message>
        <source>Introductions:</source>
        <translation>Presentaciones:</translation>
    </message>
    <message>
        <source>Introductions employees made in these months.</source>
        <translation>Presentaciones que hicieron los empleados en estos meses.</translation>
    </message>
    <message>
        <source>Meetings:</source>
        <translation>Reuniones:</translation>
    </message>
    <message>
        <source>Meetings you recorded in these months.</source>
        <translation>Reuniones que usted registró en estos meses.</translation>
    </message>
    <message>
        <source>Won:</source>
        <translation>Ganados:</translation>
    </message>
    <message>
        <source>Requests whose outcome you recorded as won in these months.</source>
        <translation>Solicitudes cuyo resultado usted registró como «ganado» en estos meses.</translation>
    </message>
    <message>
        <source>Hired:</source>
        <translation>Contrataciones:</translation>
    </message>
    <message>
        <source>Requests whose outcome you recorded as hired in these months.</source>
        <translation>Solicitudes cuyo resultado usted registró como «contratado» en estos meses.</translation>
    </message>
    <message>
        <source>Partnered:</source>
        <translation>Colaboraciones:</translation>
    </message>
    <message>
        <source>Requests whose outcome you recorded as partnered in these months.</source>
        <translation>Solicitudes cuyo resultado usted registró como «colaboración acordada» en estos meses.</translation>
    </message>
    <message>
        <source>No result:</source>
        <translation>Sin resultado:</translation>
    </message>
    <message>
        <source>Requests whose outcome you recorded as no result in these months.</source>
        <translation>Solicitudes cuyo resultado usted registró como «sin resultado» en estos meses.</translation>
    </message>
    <message>
        <source>Request to introduction:</source>
        <translation>De la solicitud a la presentación:</translation>
    </message>
    <message>
        <source>The median number of days from sending a request to the introduction, over the introductions made in these months. Shown only when at least 3 different employees made them, so no one&apos;s pace can be read from it.</source>
        <translation>La mediana de días desde el envío de una solicitud hasta la presentación, sobre las presentaciones hechas en estos meses. Solo se muestra cuando las hicieron al menos 3 empleados distintos, para que no se pueda deducir el ritmo de nadie.</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>Trimestre:</translation>
    </message>
    <message>
        <source>The latest quarter of the range that has begun: the pulse is asked once a quarter.</source>
        <translation>El último trimestre ya iniciado del periodo: la encuesta de pulso se hace una vez por trimestre.</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>Respuestas:</translation>
    </message>
    <message>
        <source>How many answered the pulse that quarter. Answers are stored without name, time or order; fewer than 3 reads &quot;fewer than 3&quot;.</source>
        <translation>Cuántas personas respondieron a la encuesta de pulso ese trimestre. Las respuestas se guardan sin nombre, hora ni orden; menos de 3 aparece como «menos de 3».</translation>
    </message>
    <message>
        <source>Comfort:</source>
        <translation>Comodidad:</translation>
    </message>
    <message>
        <source>The average answer that quarter, from 1 (very uncomfortable) to 5 (very comfortable). Shown only for a quarter with at least 3 answers.</source>
        <translation>La respuesta media de ese trimestre, de 1 (muy incómodo) a 5 (muy cómodo). Solo se muestra para un trimestre con al menos 3 respuestas.</translation>
    </message>
    <message>
        <source>Felt pressure:</source>
        <translation>Presión percibida:</translation>
    </message>
    <message>
        <source>The average answer that quarter, from 1 (no pressure) to 5 (a lot). Shown only for a quarter with at least 3 answers.</source>
        <translation>La respuesta media de ese trimestre, de 1 (ninguna presión) a 5 (mucha). Solo se muestra para un trimestre con al menos 3 respuestas.</translation>
    </message>
    <message>
        <source>Satisfaction:</source>
        <translation>Satisfacción:</translation>
    </message>
    <message>
        <source>The average answer that quarter, from 1 (not satisfied) to 5 (very satisfied). Shown only for a quarter with at least 3 answers.</source>
        <translation>La respuesta media de ese trimestre, de 1 (nada satisfecho) a 5 (muy satisfecho). Solo se muestra para un trimestre con al menos 3 respuestas.</translation>
    </message>
    <message>
        <source>Reported:</source>
        <translation>Comunicadas:</translation>
    </message>
    <message>
        <source>Concerns sent to you or to the trusted person in these months.</source>
        <translation>Inquietudes enviadas a usted o a la persona de confianza en estos meses.</translation>
    </message>
    <message>
        <source>Resolved:</source>
        <translation>Resueltas:</translation>
    </message>
    <message>
        <source>Concerns marked resolved in these months.</source>
        <translation>Inquietudes marcadas como resueltas en estos meses.</translation>
    </message>
    <message>
        <source>Read a new policy:</source>
        <translation>Leyeron una nueva política:</translation>
    </message>
    <message>
        <source>Participants who acknowledged a newly published version of the connection policy in these months.</source>
        <translation>Participantes que confirmaron la lectura de una versión recién publicada de la política de conexiones en estos meses.</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Miembros:</translation>
    </message>
    <message>
        <source>Rounds:</source>
        <translation>Rondas:</translation>
    </message>
    <message>
        <source>One-to-one rounds started for a date in these months.</source>
        <translation>Rondas de reuniones uno a uno iniciadas para una fecha de estos meses.</translation>
    </message>
    <message>
        <source>Meetings arranged:</source>
        <translation>Reuniones organizadas:</translation>
    </message>
    <message>
        <source>One-to-ones arranged for these months by the rounds, whether their time has come yet or not.</source>
        <translation>Reuniones uno a uno organizadas por las rondas para estos meses, haya llegado ya su momento o no.</translation>
    </message>
    <message>
        <source>Across departments:</source>
        <translation>Entre departamentos:</translation>
    </message>
    <message>
        <source>Of those meetings, the ones between colleagues from different departments (a group of three counts when any two of them differ).</source>
        <translation>De esas reuniones, las que fueron entre compañeros de distintos departamentos (un grupo de tres cuenta cuando dos cualesquiera de ellos son de departamentos distintos).</translation>
    </message>
    <message>
        <source>Held:</source>
        <translation>Celebradas:</translation>
    </message>
    <message>
        <source>Employees in the one-to-one program today, whatever the range, and their share of all employees (the owner and admins arrange the rounds and do not take part). Shown only when at least 3 take part; otherwise it reads &quot;fewer than 3&quot;.</source>
        <translation>Empleados que participan hoy en el programa de reuniones uno a uno, sea cual sea el periodo, y su proporción sobre todos los empleados (el propietario y los administradores organizan las rondas y no participan). Solo se muestra si participan al menos 3; si no, indica «menos de 3».</translation>
    </message>
    <message>
        <source>Of the marks people gave their meetings of these months, the share that says held rather than skipped. Counted month by month: a month in which fewer than 3 different people marked a meeting is left out, so comparing two ranges never shows how one or two people marked theirs. Nobody&apos;s own mark is ever shown.</source>
        <translation>De las marcas que las personas dieron a sus reuniones de estos meses, la proporción que dice «celebrada» en lugar de «no celebrada». Se cuenta mes a mes: un mes en que menos de 3 personas distintas marcaron una reunión se deja fuera, de modo que comparar dos periodos nunca muestra cómo marcaron una o dos personas. Nunca se muestra la marca de nadie.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::AddConnectionCommand</name>
    <message>
        <source>Add %1</source>
        <translation>Añadir a %1</translation>
    </message>
</context>
<context>
    <name>consentric::ui::AddPersonCommand</name>
    <message>
        <source>add %1</source>
        <translation>la incorporación de %1</translation>
    </message>
</context>
<context>
    <name>consentric::ui::AuditPage</name>
    <message>
        <source>Organisation set up</source>
        <translation>Organización configurada</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>Persona añadida</translation>
    </message>
    <message>
        <source>Person edited</source>
        <translation>Persona editada</translation>
    </message>
    <message>
        <source>Person removed (an add undone)</source>
        <translation>Persona eliminada (se deshizo una incorporación)</translation>
    </message>
    <message>
        <source>Marked as left</source>
        <translation>Baja registrada</translation>
    </message>
    <message>
        <source>Marked as returned</source>
        <translation>Reincorporación registrada</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Cuenta creada</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>Wrong passphrase</source>
        <translation>Frase de contraseña incorrecta</translation>
    </message>
    <message>
        <source>Signed in with a recovery code</source>
        <translation>Sesión iniciada con un código de recuperación</translation>
    </message>
    <message>
        <source>Sign-ins that day</source>
        <translation>Inicios de sesión del día</translation>
    </message>
    <message>
        <source>Private entry (an employee&apos;s own decision)</source>
        <translation>Entrada privada (una decisión propia de un empleado)</translation>
    </message>
    <message>
        <source>Sharing level changed</source>
        <translation>Nivel de uso compartido cambiado</translation>
    </message>
    <message>
        <source>Joined the program</source>
        <translation>Se unió al programa</translation>
    </message>
    <message>
        <source>Left the program</source>
        <translation>Dejó el programa</translation>
    </message>
    <message>
        <source>Exported own data</source>
        <translation>Exportó sus propios datos</translation>
    </message>
    <message>
        <source>Connections erased</source>
        <translation>Conexiones borradas</translation>
    </message>
    <message>
        <source>Connections erased, account closed</source>
        <translation>Conexiones borradas, cuenta cerrada</translation>
    </message>
    <message>
        <source>Owner read shared connections</source>
        <translation>El propietario leyó las conexiones compartidas</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Afecta a</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Every entry is chained to the one before it, so an edited or removed entry is found by the check below. Sign-ins appear only as counts per day; employees&apos; own decisions appear as private entries that only they can open.</source>
        <translation>Cada entrada está encadenada a la anterior, así que la comprobación de abajo detecta cualquier entrada modificada o eliminada. Los inicios de sesión solo aparecen como recuentos diarios; las decisiones propias de los empleados aparecen como entradas privadas que solo ellos pueden abrir.</translation>
    </message>
    <message>
        <source>The entries about you and your data. Your own decisions are sealed to your key: the owner sees only that an entry exists.</source>
        <translation>Las entradas sobre usted y sus datos. Sus propias decisiones están selladas con su clave: el propietario solo ve que existe una entrada.</translation>
    </message>
    <message>
        <source>&amp;Check the chain</source>
        <translation>&amp;Comprobar la cadena</translation>
    </message>
    <message>
        <source>Intact: %1 entries. Head: %2</source>
        <translation>Intacto: %1 entradas. Cabecera: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Broken:&lt;/b&gt; %1. Restore a backup and find out who had the database file.</source>
        <translation>&lt;b&gt;Dañado:&lt;/b&gt; %1. Restaure una copia de seguridad y averigüe quién tuvo acceso al archivo de la base de datos.</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <source>My audit trail</source>
        <translation>Mi historial de auditoría</translation>
    </message>
</context>
<context>
    <name>consentric::ui::BulkEditDialog</name>
    <message>
        <source>Set the con&amp;text to</source>
        <translation>Cambiar el con&amp;texto a</translation>
    </message>
    <message>
        <source>Set the &amp;strength to</source>
        <translation>Cambiar la &amp;intensidad a</translation>
    </message>
    <message>
        <source>Replace the &amp;notes with</source>
        <translation>Sustituir las &amp;notas por</translation>
    </message>
    <message>
        <source>Edit %1 connections</source>
        <translation>Editar %1 conexiones</translation>
    </message>
    <message>
        <source>Only what you tick changes; the rest stays as it is for each connection.</source>
        <translation>Solo cambia lo que marque; lo demás se queda como está en cada conexión.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::BusinessPreviewPage</name>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Yours there</source>
        <translation>Sus conexiones allí</translation>
    </message>
    <message>
        <source>Contacts the business counts</source>
        <translation>Contactos que cuenta la empresa</translation>
    </message>
    <message>
        <source>Team members who reach them</source>
        <translation>Miembros del equipo que llegan a ellos</translation>
    </message>
    <message>
        <source>None of your connections counts in the business&apos;s figures: nothing of yours is discoverable or shared, or you are not taking part.</source>
        <translation>Ninguna de sus conexiones cuenta en las cifras de la empresa: no tiene nada descubrible ni compartido, o no participa.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Profile address</source>
        <translation>Dirección del perfil</translation>
    </message>
    <message>
        <source>The owner sees none of your connections by name.</source>
        <translation>El propietario no ve ninguna de sus conexiones por su nombre.</translation>
    </message>
    <message>
        <source>This is exactly what the owner&apos;s views contain from your data, computed by the same code. Private connections never appear; discoverable ones only inside counts.</source>
        <translation>Esto es exactamente lo que las vistas del propietario contienen de sus datos, calculado con el mismo código. Las conexiones privadas nunca aparecen; las descubribles, solo dentro de recuentos.</translation>
    </message>
    <message>
        <source>Companies your connections count towards</source>
        <translation>Empresas en cuyas cifras cuentan sus conexiones</translation>
    </message>
    <message>
        <source>Your shared connections, as the owner sees them</source>
        <translation>Sus conexiones compartidas, tal como las ve el propietario</translation>
    </message>
    <message>
        <source>What the business sees</source>
        <translation>Lo que ve la empresa</translation>
    </message>
    <message>
        <source>On the Team page</source>
        <translation>En la página «Equipo»</translation>
    </message>
    <message>
        <source>In the figures by company</source>
        <translation>En las cifras por empresa</translation>
    </message>
    <message>
        <source>By name (shared)</source>
        <translation>Por nombre (compartidas)</translation>
    </message>
    <message>
        <source>You take part in the referral program.</source>
        <translation>Usted participa en el programa de recomendaciones.</translation>
    </message>
    <message>
        <source>You are not taking part in the referral program, so the business sees none of your connections. Your choices are kept for when you join again.</source>
        <translation>Usted no participa en el programa de recomendaciones, así que la empresa no ve ninguna de sus conexiones. Sus elecciones se conservan para cuando vuelva a unirse.</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1, %2, %3. Shared connections: &lt;b&gt;%4&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1, %2, %3. Conexiones compartidas: &lt;b&gt;%4&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your department, %1: people taking part: &lt;b&gt;%2&lt;/b&gt;; discoverable connections: &lt;b&gt;%3&lt;/b&gt;. Who takes part is shown only per department, and “fewer than 3” hides small groups.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Su departamento, %1: personas que participan: &lt;b&gt;%2&lt;/b&gt;; conexiones descubribles: &lt;b&gt;%3&lt;/b&gt;. Quién participa solo se muestra por departamento, y «menos de 3» oculta los grupos pequeños.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>consentric::ui::ChartWidget</name>
    <message>
        <source>%1: fewer than 3 in %2 (hidden)</source>
        <translation>%1: menos de 3 en %2 (oculto)</translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <translation>%1: %2 en %3</translation>
    </message>
</context>
<context>
    <name>consentric::ui::ConcernInbox</name>
    <message>
        <source>Reported on</source>
        <translation>Comunicada el</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Being &amp;handled</source>
        <translation>&amp;En trámite</translation>
    </message>
    <message>
        <source>&amp;Resolved</source>
        <translation>&amp;Resuelta</translation>
    </message>
    <message>
        <source>Concerns sent to you</source>
        <translation>Inquietudes que le han enviado</translation>
    </message>
    <message>
        <source>The concern, as it was written</source>
        <translation>La inquietud, tal como se escribió</translation>
    </message>
    <message>
        <source>Tell the reporter you are looking into it</source>
        <translation>Indicar a quien la comunicó que se está ocupando de ella</translation>
    </message>
    <message>
        <source>Tell the reporter it has been dealt with</source>
        <translation>Indicar a quien la comunicó que ya se ha resuelto</translation>
    </message>
    <message>
        <source>Nobody has sent you a concern. When someone does, it appears here, and only you can read it.</source>
        <translation>Nadie le ha enviado ninguna inquietud. Cuando alguien lo haga, aparecerá aquí y solo usted podrá leerla.</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anónima</translation>
    </message>
    <message>
        <source>Choose a concern to read it.</source>
        <translation>Elija una inquietud para leerla.</translation>
    </message>
    <message>
        <source>Sent anonymously: no author was stored with it.</source>
        <translation>Enviada de forma anónima: no se guardó ningún autor.</translation>
    </message>
    <message>
        <source>Sent by %1.</source>
        <translation>Enviada por %1.</translation>
    </message>
    <message>
        <source>%1 Reported on %2; %3 since %4.</source>
        <translation>%1 Comunicada el %2; %3 desde el %4.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Inicie sesión primero.</translation>
    </message>
    <message>
        <source>Choose a concern first.</source>
        <translation>Elija primero una inquietud.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::ConcernsPage</name>
    <message>
        <source>&amp;Designate…</source>
        <translation>&amp;Designar…</translation>
    </message>
    <message>
        <source>Employees can send a concern — feeling pressured, an uncomfortable situation — to you or to the trusted person you designate, by name or anonymously. Each concern is sealed to the person it was sent to: only they can read it. Everyone else, you included, sees only how many there are.</source>
        <translation>Los empleados pueden enviar una inquietud —si se sienten presionados o han vivido una situación incómoda— a usted o a la persona de confianza que designe, con su nombre o de forma anónima. Cada inquietud queda sellada para la persona a la que se envió: solo ella puede leerla. Todos los demás, usted incluido, solo ven cuántas hay.</translation>
    </message>
    <message>
        <source>Trusted person</source>
        <translation>Persona de confianza</translation>
    </message>
    <message>
        <source>Make the chosen person the one employees may send concerns to instead of you</source>
        <translation>Hacer que la persona elegida sea a quien los empleados pueden enviar inquietudes en lugar de a usted</translation>
    </message>
    <message>
        <source>&amp;Trusted person:</source>
        <translation>&amp;Persona de confianza:</translation>
    </message>
    <message>
        <source>Someone on the team, other than you, whom employees may write to when they would rather not write to you. Concerns already sent stay with the person who received them: they are sealed to that person.</source>
        <translation>Alguien del equipo, distinto de usted, a quien los empleados pueden escribir cuando prefieran no escribirle a usted. Las inquietudes ya enviadas se quedan con la persona que las recibió: están selladas para ella.</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Inquietudes</translation>
    </message>
    <message>
        <source>Concerns sent to you</source>
        <translation>Inquietudes que le han enviado</translation>
    </message>
    <message>
        <source>No concern has been reported.</source>
        <translation>No se ha comunicado ninguna inquietud.</translation>
    </message>
    <message>
        <source>&lt;b&gt;All concerns&lt;/b&gt;, whoever they were sent to: %1 received, %2 being handled, %3 resolved (%4 in all).</source>
        <translation>&lt;b&gt;Todas las inquietudes&lt;/b&gt;, sea quien sea su destinatario: %1 recibidas, %2 en trámite, %3 resueltas (%4 en total).</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (left the team)</source>
        <translation>%1 (dejó el equipo)</translation>
    </message>
    <message>
        <source>Employees will be able to send their concerns to %1, as well as to you. Concerns already sent stay with whoever received them.</source>
        <translation>Los empleados podrán enviar sus inquietudes a %1, además de a usted. Las inquietudes ya enviadas se quedan con quien las recibió.</translation>
    </message>
    <message>
        <source>Employees will be able to send concerns only to you. Concerns already sent to the trusted person stay with them.</source>
        <translation>Los empleados solo podrán enviarle inquietudes a usted. Las inquietudes ya enviadas a la persona de confianza se quedan con ella.</translation>
    </message>
    <message>
        <source>Change the trusted person?</source>
        <translation>¿Cambiar la persona de confianza?</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Inicie sesión primero.</translation>
    </message>
    <message>
        <source>Employees can now send concerns to %1 as well as to you.</source>
        <translation>Ahora los empleados pueden enviar inquietudes a %1, además de a usted.</translation>
    </message>
    <message>
        <source>Employees can now send concerns only to you.</source>
        <translation>Ahora los empleados solo pueden enviarle inquietudes a usted.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::ConnectionDialog</name>
    <message>
        <source>1: we met once; 5: I would call them today</source>
        <translation>1: nos vimos una vez; 5: le llamaría hoy mismo</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Editar conexión</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Añadir un contacto</translation>
    </message>
    <message>
        <source>Only you can read your notes, whatever the sharing level.</source>
        <translation>Solo usted puede leer sus notas, sea cual sea el nivel de uso compartido.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Profile &amp;address:</source>
        <translation>&amp;Dirección del perfil:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Empresa:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Ca&amp;rgo:</translation>
    </message>
    <message>
        <source>Con&amp;text:</source>
        <translation>Conte&amp;xto:</translation>
    </message>
    <message>
        <source>&amp;Strength (1–5):</source>
        <translation>&amp;Intensidad (1–5):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>A new contact starts private: only you can see it until you choose otherwise.</source>
        <translation>Un contacto nuevo empieza como privado: solo usted puede verlo hasta que decida otra cosa.</translation>
    </message>
    <message>
        <source>Give the contact a name or an email address.</source>
        <translation>Indique un nombre o una dirección de correo electrónico para el contacto.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::ConnectionsModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>Sharing level</source>
        <translation>Nivel de uso compartido</translation>
    </message>
</context>
<context>
    <name>consentric::ui::ConnectionsPage</name>
    <message>
        <source>The business will count this person in its figures for their company (“team members can reach 3 people at Acme”), never who they are or that they are yours. Requests to meet them come to you first.</source>
        <translation>La empresa contará a esta persona en sus cifras de la empresa donde trabaja («los miembros del equipo pueden llegar a 3 personas de Acme»), pero nunca sabrá quién es ni que es su contacto. Las solicitudes para conocerla le llegarán primero a usted.</translation>
    </message>
    <message>
        <source>The owner will see this person&apos;s name, email, phone, profile address, company and title, and that they are your connection. Your notes stay yours.</source>
        <translation>El propietario verá el nombre, el correo electrónico, el teléfono, la dirección del perfil, la empresa y el cargo de esta persona, y que es una conexión suya. Sus notas siguen siendo solo suyas.</translation>
    </message>
    <message>
        <source>Only you will see this connection.</source>
        <translation>Solo usted verá esta conexión.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>My connections</source>
        <translation>Mis conexiones</translation>
    </message>
    <message>
        <source>Search your connections (Ctrl+F)</source>
        <translation>Buscar en sus conexiones (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search your connections</source>
        <translation>Buscar en sus conexiones</translation>
    </message>
    <message>
        <source>Any context</source>
        <translation>Cualquier contexto</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Cualquier nivel</translation>
    </message>
    <message>
        <source>Sharing level</source>
        <translation>Nivel de uso compartido</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>&amp;Añadir contacto…</translation>
    </message>
    <message>
        <source>Add a contact by hand (Insert)</source>
        <translation>Añadir un contacto a mano (Insert)</translation>
    </message>
    <message>
        <source>Edit the selected connections (Enter)</source>
        <translation>Editar las conexiones seleccionadas (Intro)</translation>
    </message>
    <message>
        <source>Make &amp;private</source>
        <translation>Marcar como &amp;privada</translation>
    </message>
    <message>
        <source>Make &amp;discoverable</source>
        <translation>Marcar como &amp;descubrible</translation>
    </message>
    <message>
        <source>Make &amp;shared…</source>
        <translation>Marcar como &amp;compartida…</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Más</translation>
    </message>
    <message>
        <source>Set the level of everyone at a &amp;company…</source>
        <translation>Cambiar el nivel de todos en una &amp;empresa…</translation>
    </message>
    <message>
        <source>Set the level of all &amp;professional connections…</source>
        <translation>Cambiar el nivel de todas las conexiones &amp;profesionales…</translation>
    </message>
    <message>
        <source>Selected:</source>
        <translation>Seleccionadas:</translation>
    </message>
    <message>
        <source>Private: %1 · Discoverable: %2 · Shared: %3</source>
        <translation>Privadas: %1 · Descubribles: %2 · Compartidas: %3</translation>
    </message>
    <message>
        <source>You take part in the referral program: the business sees what you made discoverable (as counts) and shared. You can leave at any time on the Policy page.</source>
        <translation>Usted participa en el programa de recomendaciones: la empresa ve lo que ha hecho descubrible (como recuentos) y lo que ha compartido. Puede dejarlo en cualquier momento en la página «Política».</translation>
    </message>
    <message>
        <source>You are not taking part in the referral program: the business sees none of your connections, whatever their level. To take part, read and accept the policy on the Policy page.</source>
        <translation>Usted no participa en el programa de recomendaciones: la empresa no ve ninguna de sus conexiones, sea cual sea su nivel. Para participar, lea y acepte la política en la página «Política».</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Inicie sesión primero.</translation>
    </message>
    <message>
        <source>Personal and family connections leave private one at a time. Select just one of them, or filter the list to Professional.</source>
        <translation>Las conexiones personales y familiares dejan de ser privadas de una en una. Seleccione solo una de ellas o filtre la lista para ver solo las profesionales.</translation>
    </message>
    <message>
        <source>Make a %1 connection %2?</source>
        <translation>¿Cambiar una conexión %1 al nivel %2?</translation>
    </message>
    <message>
        <source>“%1” is a %2 connection. %3</source>
        <translation>«%1» es una conexión %2. %3</translation>
    </message>
    <message>
        <source>Make %1</source>
        <translation>Cambiar a %1</translation>
    </message>
    <message>
        <source>Share %1 connections with the owner?</source>
        <translation>¿Compartir %1 conexiones con el propietario?</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>Changed the level of %1 connections to %2.</source>
        <translation>Se cambió el nivel de %1 conexiones a %2.</translation>
    </message>
    <message>
        <source>Personal and family connections left as they were: %1.</source>
        <translation>Conexiones personales o familiares que quedan sin cambios: %1.</translation>
    </message>
    <message>
        <source>Name a company.</source>
        <translation>Indique una empresa.</translation>
    </message>
    <message>
        <source>None of your connections works at “%1”.</source>
        <translation>Ninguna de sus conexiones trabaja en «%1».</translation>
    </message>
    <message>
        <source>Added %1, private.</source>
        <translation>Se añadió a %1 con nivel privado.</translation>
    </message>
    <message>
        <source>Connection %1 is no longer in your list.</source>
        <translation>La conexión %1 ya no está en su lista.</translation>
    </message>
    <message>
        <source>Everyone at a company</source>
        <translation>Todos en una empresa</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Empresa:</translation>
    </message>
    <message>
        <source>Everyone at %1</source>
        <translation>Todos en %1</translation>
    </message>
    <message>
        <source>Sharing level for your professional connections there (personal and family ones stay as they are):</source>
        <translation>Nivel de uso compartido para sus conexiones profesionales en esa empresa (las personales y familiares se quedan como están):</translation>
    </message>
    <message>
        <source>All professional connections</source>
        <translation>Todas las conexiones profesionales</translation>
    </message>
    <message>
        <source>Sharing level for all your professional connections (personal and family ones stay as they are):</source>
        <translation>Nivel de uso compartido para todas sus conexiones profesionales (las personales y familiares se quedan como están):</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import LinkedIn, Google, Outlook or vCard files (Ctrl+I); you can also drop them on the window</source>
        <translation>Importar archivos de LinkedIn, Google, Outlook o vCard (Ctrl+I); también puede soltarlos en la ventana</translation>
    </message>
    <message>
        <source>&amp;Merge the two selected…</source>
        <translation>&amp;Fusionar las dos seleccionadas…</translation>
    </message>
    <message>
        <source>Select exactly two connections to merge: the first one chosen is kept.</source>
        <translation>Seleccione exactamente dos conexiones para fusionarlas: se conserva la primera que eligió.</translation>
    </message>
    <message>
        <source>Merge two connections?</source>
        <translation>¿Fusionar dos conexiones?</translation>
    </message>
    <message>
        <source>“%1” is kept, with empty fields filled from “%2” and its company and title; “%2” is removed. This cannot be undone.</source>
        <translation>Se conserva «%1», con los campos vacíos completados a partir de «%2» y con la empresa y el cargo de «%2»; «%2» se elimina. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;You have no connections here yet.&lt;/p&gt;&lt;p&gt;Import your LinkedIn connections or your address book with &lt;b&gt;Import…&lt;/b&gt; (Ctrl+I), drop the files on the window, or add a contact by hand (Insert). Everything you bring in starts private: only you can see it until you choose otherwise, one connection at a time or in bulk.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;Todavía no tiene conexiones aquí.&lt;/p&gt;&lt;p&gt;Importe sus conexiones de LinkedIn o su libreta de direcciones con &lt;b&gt;Importar…&lt;/b&gt; (Ctrl+I), suelte los archivos en la ventana o añada un contacto a mano (Insert). Todo lo que incorpore empieza como privado: solo usted puede verlo hasta que decida otra cosa, conexión por conexión o en bloque.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>consentric::ui::DepartmentModel</name>
    <message>
        <source>Fewer than 3 people take part here, so the number is not shown: it could single someone out.</source>
        <translation>Aquí participan menos de 3 personas, así que no se muestra el número: podría identificar a alguien.</translation>
    </message>
    <message>
        <source>Fewer than 3 people hold discoverable connections here, so the number is not shown.</source>
        <translation>Aquí menos de 3 personas tienen conexiones descubribles, así que no se muestra el número.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Active people</source>
        <translation>Personas activas</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>Participan</translation>
    </message>
    <message>
        <source>Discoverable connections</source>
        <translation>Conexiones descubribles</translation>
    </message>
</context>
<context>
    <name>consentric::ui::DiscoverPage</name>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>People reachable</source>
        <translation>Personas alcanzables</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Miembros del equipo</translation>
    </message>
    <message>
        <source>Nobody taking part has a discoverable or shared connection at any company yet.</source>
        <translation>Ningún participante tiene aún una conexión localizable o compartida en ninguna empresa.</translation>
    </message>
    <message>
        <source>Introducer</source>
        <translation>Quién presenta</translation>
    </message>
    <message>
        <source>Contact (shared)</source>
        <translation>Contacto (compartido)</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Fuerza</translation>
    </message>
    <message>
        <source>Who on the team can reach a company. Counts include discoverable connections but never say who holds them; only shared connections are named, and reading the names is recorded in the audit log. An introduction always goes through the employee.</source>
        <translation>Quién del equipo puede llegar a una empresa. Las cifras incluyen las conexiones localizables pero nunca dicen quién las tiene; solo se nombran las compartidas, y la lectura de los nombres queda registrada en el registro de auditoría. Una presentación siempre pasa por el empleado.</translation>
    </message>
    <message>
        <source>Company, in any spelling (Ctrl+F)</source>
        <translation>Empresa, con cualquier grafía (Ctrl+F)</translation>
    </message>
    <message>
        <source>Company to reach</source>
        <translation>Empresa a la que llegar</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Companies the team can reach</source>
        <translation>Empresas a las que el equipo puede llegar</translation>
    </message>
    <message>
        <source>Choose a company from the list, or type one above.</source>
        <translation>Elija una empresa de la lista o escriba una arriba.</translation>
    </message>
    <message>
        <source>Introductions through shared connections</source>
        <translation>Presentaciones mediante conexiones compartidas</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Descubrir</translation>
    </message>
    <message>
        <source>Team members who hold them: %1</source>
        <translation>Miembros del equipo que las tienen: %1</translation>
    </message>
</context>
<context>
    <name>consentric::ui::EditConnectionsCommand</name>
    <message>
        <source>Edit connections</source>
        <translation>Editar conexiones</translation>
    </message>
</context>
<context>
    <name>consentric::ui::EditPersonCommand</name>
    <message>
        <source>edit %1</source>
        <translation>la edición de %1</translation>
    </message>
</context>
<context>
    <name>consentric::ui::GuardrailsDialog</name>
    <message>
        <source>Guardrails</source>
        <translation>Salvaguardas</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>These keep the program free of pressure. You can tune them within their bounds; no setting switches them off. Opting out always cancels a person&apos;s pending requests, and declines are never shown by name.</source>
        <translation>Estas reglas mantienen el programa libre de presiones. Puede ajustarlas dentro de sus límites; ningún ajuste las desactiva. Dejar el programa siempre cancela las solicitudes pendientes de esa persona, y los rechazos nunca se muestran con nombre.</translation>
    </message>
    <message>
        <source>&amp;Open requests per employee (1–3):</source>
        <translation>Solicitudes &amp;abiertas por empleado (1–3):</translation>
    </message>
    <message>
        <source>&amp;Wait after a request ends without an introduction (30–365):</source>
        <translation>&amp;Espera después de que una solicitud termine sin presentación (30–365):</translation>
    </message>
    <message>
        <source>Requests &amp;expire after (7–30):</source>
        <translation>Las solicitudes &amp;caducan a los (7–30):</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
</context>
<context>
    <name>consentric::ui::HelpBrowser</name>
    <message>
        <source>Consentric user guide</source>
        <translation>Guía del usuario de Consentric</translation>
    </message>
</context>
<context>
    <name>consentric::ui::ImportFilesPage</name>
    <message>
        <source>Choose the files</source>
        <translation>Elija los archivos</translation>
    </message>
    <message>
        <source>LinkedIn Connections.csv, Google or Outlook contacts (CSV), other CSV or TSV tables, and vCard files (.vcf). Drop them here or add them. Everything you import starts private.</source>
        <translation>Connections.csv de LinkedIn, contactos de Google u Outlook (CSV), otras tablas CSV o TSV y archivos vCard (.vcf). Suéltelos aquí o añádalos. Todo lo que importe empieza como privado.</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Archivos que se importarán</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>Añadir a&amp;rchivos…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Contact files</source>
        <translation>Archivos de contactos</translation>
    </message>
    <message>
        <source>Contact files (*.csv *.tsv *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Archivos de contactos (*.csv *.tsv *.txt *.vcf *.vcard);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>cannot be imported</source>
        <translation>no se puede importar</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 — %2, contacts: %3</source>
        <translation>%1 — %2, contactos: %3</translation>
    </message>
</context>
<context>
    <name>consentric::ui::ImportMatchesPage</name>
    <message>
        <source>new, private</source>
        <translation>nuevo, privado</translation>
    </message>
    <message>
        <source>already there: skipped</source>
        <translation>ya existe: se omite</translation>
    </message>
    <message>
        <source>same email or profile: merged (empty fields filled, newer company and title)</source>
        <translation>mismo correo electrónico o perfil: se fusiona (se completan los campos vacíos y se actualizan la empresa y el cargo)</translation>
    </message>
    <message>
        <source>same name and company: kept, listed as a possible duplicate</source>
        <translation>mismo nombre y empresa: se conserva y se indica como posible duplicado</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Ya existente</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué ocurre</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Qué ocurrirá</translation>
    </message>
    <message>
        <source>Contacts already there are skipped; a contact with the same email or profile address is merged; one with only the same name and company is kept and listed as a possible duplicate. Nothing is written until you choose Import.</source>
        <translation>Los contactos que ya existen se omiten; un contacto con el mismo correo electrónico o la misma dirección del perfil se fusiona; uno que solo coincide en nombre y empresa se conserva y se indica como posible duplicado. No se escribe nada hasta que elija «Importar».</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Contacts that match ones you have</source>
        <translation>Contactos que coinciden con otros que ya tiene</translation>
    </message>
    <message>
        <source>New: %1 · already there (skipped): %2 · merged: %3 · possible duplicates: %4</source>
        <translation>Nuevos: %1 · ya existentes (omitidos): %2 · fusionados: %3 · posibles duplicados: %4</translation>
    </message>
</context>
<context>
    <name>consentric::ui::ImportPreviewPage</name>
    <message>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Profile address</source>
        <translation>Dirección del perfil</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation>Fecha de conexión</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Check what was read</source>
        <translation>Compruebe lo que se ha leído</translation>
    </message>
    <message>
        <source>Consentric detected each file&apos;s format and encoding. If names look wrong (Ã© instead of é), choose another encoding; for a table, correct which column holds what.</source>
        <translation>Consentric detectó el formato y la codificación de cada archivo. Si los nombres se ven mal (Ã© en lugar de é), elija otra codificación; en una tabla, corrija qué contiene cada columna.</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Asignación de columnas</translation>
    </message>
    <message>
        <source>The first contacts</source>
        <translation>Los primeros contactos</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>A&amp;rchivo:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <source>&amp;Context of these contacts:</source>
        <translation>Con&amp;texto de estos contactos:</translation>
    </message>
    <message>
        <source>not a contact file Consentric can read</source>
        <translation>no es un archivo de contactos que Consentric pueda leer</translation>
    </message>
    <message>
        <source>Contacts in this file: %1.</source>
        <translation>Contactos en este archivo: %1.</translation>
    </message>
    <message>
        <source>Problems: %1 (listed line by line in the summary). The first: %2</source>
        <translation>Problemas: %1 (se enumeran línea por línea en el resumen). El primero: %2</translation>
    </message>
</context>
<context>
    <name>consentric::ui::ImportSummaryPage</name>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Possibly the same as</source>
        <translation>Posiblemente el mismo que</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Problems, file:line</source>
        <translation>Problemas, archivo:línea</translation>
    </message>
    <message>
        <source>&amp;Copy problems</source>
        <translation>&amp;Copiar problemas</translation>
    </message>
    <message>
        <source>&amp;Save problems…</source>
        <translation>&amp;Guardar problemas…</translation>
    </message>
    <message>
        <source>Save problems</source>
        <translation>Guardar problemas</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Texto (*.txt)</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>No se pudo escribir %1: %2.</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problemas:</translation>
    </message>
    <message>
        <source>%1: not imported; see the problems.</source>
        <translation>%1: no se importó; consulte los problemas.</translation>
    </message>
    <message>
        <source>%1: not imported: %2</source>
        <translation>%1: no se importó: %2</translation>
    </message>
    <message>
        <source>%1: imported %2, merged %3, skipped %4 (already there), possible duplicates %5.</source>
        <translation>%1: importados %2, fusionados %3, omitidos %4 (ya existían), posibles duplicados %5.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguno.</translation>
    </message>
    <message>
        <source>Possible duplicates (same name and company): merge each into the connection you had, or keep both.</source>
        <translation>Posibles duplicados (mismo nombre y empresa): fusione cada uno con la conexión que ya tenía o conserve los dos.</translation>
    </message>
    <message>
        <source>Possible duplicates: none.</source>
        <translation>Posibles duplicados: ninguno.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Conservar los dos</translation>
    </message>
    <message>
        <source>kept both</source>
        <translation>se conservaron los dos</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusionados</translation>
    </message>
</context>
<context>
    <name>consentric::ui::ImportWizard</name>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>You are signed out; sign in again to import.</source>
        <translation>Ha cerrado la sesión; vuelva a iniciarla para importar.</translation>
    </message>
    <message>
        <source>Importing contacts…</source>
        <translation>Importando contactos…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>%1 is %2 MB; contact exports are far smaller, so it was not read.</source>
        <translation>%1 ocupa %2 MB; las exportaciones de contactos son mucho más pequeñas, así que no se leyó.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::InboxPage</name>
    <message>
        <source>you were asked</source>
        <translation>se le preguntó</translation>
    </message>
    <message>
        <source>you accepted</source>
        <translation>usted aceptó</translation>
    </message>
    <message>
        <source>you sent the introduction</source>
        <translation>usted envió la presentación</translation>
    </message>
    <message>
        <source>the meeting took place</source>
        <translation>tuvo lugar la reunión</translation>
    </message>
    <message>
        <source>the outcome was recorded</source>
        <translation>se registró el resultado</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>outcome: %1</source>
        <translation>resultado: %1</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Fecha de la solicitud</translation>
    </message>
    <message>
        <source>Your answer (private)</source>
        <translation>Su respuesta (privada)</translation>
    </message>
    <message>
        <source>Make the &amp;introduction</source>
        <translation>Hacer la &amp;presentación</translation>
    </message>
    <message>
        <source>Mention my &amp;name only</source>
        <translation>Mencionar solo mi &amp;nombre</translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation>&amp;Rechazar…</translation>
    </message>
    <message>
        <source>Write the introduction</source>
        <translation>Escribir la presentación</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Copiar texto</translation>
    </message>
    <message>
        <source>&amp;Open in mail program</source>
        <translation>A&amp;brir en el programa de correo</translation>
    </message>
    <message>
        <source>Mark introduction &amp;sent</source>
        <translation>Marcar la presentación como en&amp;viada</translation>
    </message>
    <message>
        <source>They asked not to be contacted…</source>
        <translation>Pidió que no se le contactara…</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>No requests. When the business would like an introduction that one of your shared connections could make, it arrives here, and only you see it until you answer.</source>
        <translation>No hay solicitudes. Cuando la empresa quiera una presentación que pueda hacer una de sus conexiones compartidas, llegará aquí, y solo usted la verá hasta que responda.</translation>
    </message>
    <message>
        <source>Introduction text</source>
        <translation>Texto de la presentación</translation>
    </message>
    <message>
        <source>&amp;Who you would introduce:</source>
        <translation>A &amp;quién presentaría:</translation>
    </message>
    <message>
        <source>If you decline, the owner never learns it was you: the request simply closes at its expiry, as if nobody answered. Your reason, if you give one, is readable only by you.</source>
        <translation>Si rechaza, el propietario nunca sabrá que fue usted: la solicitud simplemente se cierra cuando caduca, como si nadie hubiera respondido. Su motivo, si indica uno, solo lo puede leer usted.</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>P&amp;lantilla:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>As&amp;unto:</translation>
    </message>
    <message>
        <source>Edit freely: these are your words. Consentric sends nothing; copy the text or open it in your own mail program.</source>
        <translation>Edítelo libremente: son sus palabras. Consentric no envía nada; copie el texto o ábralo en su propio programa de correo.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Optionally, a reason for yourself (nobody else can read it). The owner will not learn that you declined.</source>
        <translation>Si quiere, un motivo para usted (nadie más puede leerlo). El propietario no sabrá que rechazó.</translation>
    </message>
    <message>
        <source>Do not contact again</source>
        <translation>No volver a contactar</translation>
    </message>
    <message>
        <source>The person you introduced asked not to be contacted again. Consentric puts them on the do-not-contact list (as a keyed code, not their name) and will refuse any later request that would reach them. The request ends with no result.</source>
        <translation>La persona que presentó pidió que no se la volviera a contactar. Consentric la pone en la lista de «no contactar» (como un código cifrado, no con su nombre) y rechazará cualquier solicitud posterior que llegue a ella. La solicitud termina sin resultado.</translation>
    </message>
    <message>
        <source>Add to do-not-contact</source>
        <translation>Añadir a la lista de «no contactar»</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;Asked by %1 on %2. %3&lt;/p&gt;&lt;p&gt;&lt;i&gt;“%4”&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Solicitada por %1 el %2. %3&lt;/p&gt;&lt;p&gt;&lt;i&gt;«%4»&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Please answer by %1; after that it closes by itself.</source>
        <translation>Responda antes del %1, por favor; después se cerrará sola.</translation>
    </message>
    <message>
        <source>Your status: %1.</source>
        <translation>Su estado: %1.</translation>
    </message>
    <message>
        <source>&lt;p&gt;You were asked by name, because you shared this connection.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Se le preguntó expresamente a usted, porque compartió esta conexión.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Everyone on the team who could help was asked; the first to accept takes it, and the others are told it is taken.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Se preguntó a todas las personas del equipo que podían ayudar; la primera que acepta se queda con ella, y a las demás se les indica que ya está aceptada.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your reason (only you can read it): %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Su motivo (solo usted puede leerlo): %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The person you introduced asked not to be contacted again; they are on the do-not-contact list.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La persona que presentó pidió que no se la volviera a contactar; está en la lista de «no contactar».&lt;/p&gt;</translation>
    </message>
    <message>
        <source> (a step was taken back)</source>
        <translation> (se deshizo un paso)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What happened since&lt;/h3&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Qué ha pasado desde entonces&lt;/h3&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Outcome: &lt;b&gt;%1&lt;/b&gt;. Thank you for making it possible.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Resultado: &lt;b&gt;%1&lt;/b&gt;. Gracias por hacerlo posible.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>the disclosure (why you are writing, on whose behalf) and the opt-out line</source>
        <translation>el aviso de transparencia (por qué escribe y en nombre de quién) y la línea de exclusión</translation>
    </message>
    <message>
        <source>the disclosure (why you are writing, on whose behalf)</source>
        <translation>el aviso de transparencia (por qué escribe y en nombre de quién)</translation>
    </message>
    <message>
        <source>the opt-out line (how they can say no to further contact)</source>
        <translation>la línea de exclusión (cómo puede la persona rechazar más contactos)</translation>
    </message>
    <message>
        <source>Before it leaves</source>
        <translation>Antes de enviarlo</translation>
    </message>
    <message>
        <source>Your text no longer contains %1. The person you write to should know why you are writing and how to say no. It is your message and your choice: continue anyway?</source>
        <translation>Su texto ya no contiene %1. La persona a la que escribe debería saber por qué le escribe y cómo decir que no. Es su mensaje y su decisión: ¿continuar de todos modos?</translation>
    </message>
    <message>
        <source>Continue anyway</source>
        <translation>Continuar de todos modos</translation>
    </message>
    <message>
        <source>The text is on the clipboard. Paste it into your mail program; the subject is “%1”.</source>
        <translation>El texto está en el portapapeles. Péguelo en su programa de correo; el asunto es «%1».</translation>
    </message>
    <message>
        <source>No mail program opened the message. Use Copy text and paste it into your mail program instead.</source>
        <translation>Ningún programa de correo abrió el mensaje. Use «Copiar texto» y péguelo en su programa de correo.</translation>
    </message>
    <message>
        <source>Choose a request and one of your connections first.</source>
        <translation>Elija primero una solicitud y una de sus conexiones.</translation>
    </message>
    <message>
        <source>Thank you. Write the introduction below, in your own words, and mark it sent.</source>
        <translation>Gracias. Escriba la presentación a continuación, con sus propias palabras, y márquela como enviada.</translation>
    </message>
    <message>
        <source>Thank you. The owner now knows your name may be mentioned.</source>
        <translation>Gracias. El propietario ya sabe que se puede mencionar su nombre.</translation>
    </message>
    <message>
        <source>Choose a request first.</source>
        <translation>Elija primero una solicitud.</translation>
    </message>
    <message>
        <source>Declined. Nobody else will know; the request closes by itself at its expiry.</source>
        <translation>Rechazada. Nadie más lo sabrá; la solicitud se cerrará sola cuando caduque.</translation>
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
        <translation>Páginas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>A&amp;brir base de datos…</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>Bases de datos &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>&amp;Copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;About Consentric</source>
        <translation>&amp;Acerca de Consentric</translation>
    </message>
    <message>
        <source>PostgreSQL password</source>
        <translation>Contraseña de PostgreSQL</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Contraseña para %1:</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Loaded the demo company: %1 people and %2 connections. Everything here is made up.</source>
        <translation>Empresa de demostración cargada: %1 personas y %2 conexiones. Todo es ficticio.</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <source>Consentric databases (*.sqlite)</source>
        <translation>Bases de datos de Consentric (*.sqlite)</translation>
    </message>
    <message>
        <source>“%1” already exists. A new database needs a new file name; use Open database for an existing one.</source>
        <translation>«%1» ya existe. Una base de datos nueva necesita un nombre de archivo nuevo; para una existente, use «Abrir base de datos».</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>No hay bases de datos recientes</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Copia de seguridad escrita en %1.</translation>
    </message>
    <message>
        <source>About Consentric</source>
        <translation>Acerca de Consentric</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Consentric %1&lt;/h3&gt;&lt;p&gt;Referrals and warm introductions through your team&apos;s networks, with consent: every employee decides, connection by connection, what the business may see, and every introduction goes through them first.&lt;/p&gt;&lt;p&gt;Local-first: your data stays in your database.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Consentric %1&lt;/h3&gt;&lt;p&gt;Recomendaciones y presentaciones personales a través de las redes de su equipo, con consentimiento: cada empleado decide, conexión por conexión, qué puede ver la empresa, y cada presentación pasa primero por esa persona.&lt;/p&gt;&lt;p&gt;Local primero: sus datos se quedan en su base de datos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Signed out after %1 minutes without use. Your decrypted data was cleared from memory.</source>
        <translation>Se cerró la sesión tras %1 minutos sin uso. Sus datos descifrados se borraron de la memoria.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Cerrar s&amp;esión</translation>
    </message>
    <message>
        <source>%1 (signed in as %2)</source>
        <translation>%1 (sesión iniciada como %2)</translation>
    </message>
    <message>
        <source>Every demo account&apos;s passphrase is “demo”. Sign in as the owner, Morgan Avery, to run the program, or as an employee such as Sam Rivera to see their side.</source>
        <translation>La frase de contraseña de todas las cuentas de demostración es «demo». Inicie sesión como propietario (Morgan Avery) para gestionar el programa, o como empleado (por ejemplo, Sam Rivera) para ver su punto de vista.</translation>
    </message>
    <message>
        <source>This database has no organisation yet; set one up or load the demo first.</source>
        <translation>Esta base de datos aún no tiene ninguna organización; configure una o cargue primero la demostración.</translation>
    </message>
    <message>
        <source>The connection policy changed (version %1). Your sharing stays exactly as it is; please read the new version and acknowledge it on this page.</source>
        <translation>La política de conexiones ha cambiado (versión %1). Lo que usted comparte se queda exactamente como está; lea la nueva versión y confirme su lectura en esta página, por favor.</translation>
    </message>
    <message>
        <source>The %1 for %2 is overdue (it was due by %3). Record it under Policy and reviews.</source>
        <translation>La %1 de %2 está vencida (vencía el %3). Regístrela en «Política y revisiones».</translation>
    </message>
    <message>
        <source>The %1 for %2 is due by %3. Record it under Policy and reviews.</source>
        <translation>La %1 de %2 vence el %3. Regístrela en «Política y revisiones».</translation>
    </message>
    <message>
        <source>Your one-to-ones are paused after three that did not take place. No reason is needed: say on this page whether you would like to stay.</source>
        <translation>Sus reuniones uno a uno están suspendidas tras tres que no se celebraron. No hace falta ningún motivo: indique en esta página si quiere continuar.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::MapPage</name>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>The team and the connections its members chose to share, by name. Companies reached through discoverable connections are counted from “The team” and name nobody. Choose a person or company for the strongest introduction paths; an introduction always goes through the employee.</source>
        <translation>El equipo y las conexiones que sus miembros decidieron compartir, con nombre. Las empresas a las que se llega mediante conexiones descubribles se cuentan desde «El equipo» y no nombran a nadie. Elija una persona o una empresa para ver los caminos de presentación más sólidos; una presentación siempre pasa por el empleado.</translation>
    </message>
    <message>
        <source>Your whole network, as only you see it: every connection, private ones included, ringed by its sharing level (grey private, amber discoverable, green shared). Choose a person or company for your strongest paths to it.</source>
        <translation>Toda su red, tal como solo usted la ve: cada conexión, incluidas las privadas, rodeada según su nivel de uso compartido (gris privada, ámbar descubrible, verde compartida). Elija una persona o una empresa para ver sus caminos más sólidos hasta ella.</translation>
    </message>
    <message>
        <source>Details of the chosen node</source>
        <translation>Detalles del nodo elegido</translation>
    </message>
    <message>
        <source>Choose a node on the map, or find one (Ctrl+F), for its details and the strongest paths to it.</source>
        <translation>Elija un nodo en el mapa, o búsquelo (Ctrl+F), para ver sus detalles y los caminos más sólidos hasta él.</translation>
    </message>
    <message>
        <source>Layout progress</source>
        <translation>Progreso de la disposición</translation>
    </message>
    <message>
        <source>Stop the layout where it is (Esc)</source>
        <translation>Detener la disposición donde está (Esc)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Network map</source>
        <translation>Mapa de la red</translation>
    </message>
    <message>
        <source>Find a person or company (Ctrl+F)</source>
        <translation>Buscar una persona o una empresa (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find on the map</source>
        <translation>Buscar en el mapa</translation>
    </message>
    <message>
        <source>Nothing on the map is called “%1”. Check the filters, or try part of the name.</source>
        <translation>No hay nada en el mapa que se llame «%1». Revise los filtros o pruebe con parte del nombre.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Any company</source>
        <translation>Cualquier empresa</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Any context</source>
        <translation>Cualquier contexto</translation>
    </message>
    <message>
        <source>Sharing level</source>
        <translation>Nivel de uso compartido</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Cualquier nivel</translation>
    </message>
    <message>
        <source>Strength at least </source>
        <translation>Intensidad mínima </translation>
    </message>
    <message>
        <source>Minimum strength</source>
        <translation>Intensidad mínima</translation>
    </message>
    <message>
        <source>Springs</source>
        <translation>Muelles</translation>
    </message>
    <message>
        <source>Rings</source>
        <translation>Anillos</translation>
    </message>
    <message>
        <source>Arrangement</source>
        <translation>Disposición</translation>
    </message>
    <message>
        <source>Springs: connected people close together. Rings: by hops from the chosen person (or you).</source>
        <translation>Muelles: las personas conectadas quedan cerca unas de otras. Anillos: por pasos desde la persona elegida (o desde usted).</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Show the whole map (0)</source>
        <translation>Mostrar todo el mapa (0)</translation>
    </message>
    <message>
        <source>Save what is in view as PNG or SVG (Ctrl+Shift+E)</source>
        <translation>Guardar lo que se ve como PNG o SVG (Ctrl+Mayús+E)</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Exportar el mapa</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>The map as it is in view was saved to %1.</source>
        <translation>El mapa, tal como se ve, se guardó en %1.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Employee, coloured by department</source>
        <translation>Empleado, con el color de su departamento</translation>
    </message>
    <message>
        <source>Person in a shared connection</source>
        <translation>Persona de una conexión compartida</translation>
    </message>
    <message>
        <source>Person, %1</source>
        <translation>Persona, %1</translation>
    </message>
    <message>
        <source>Company; on a very large map, a number inside counts its people (zoom in to see them)</source>
        <translation>Empresa; en un mapa muy grande, un número en su interior cuenta sus personas (acerque la vista para verlas)</translation>
    </message>
    <message>
        <source>The team; dashed amber: people at a company reached through discoverable connections, counted, never named</source>
        <translation>El equipo; en ámbar discontinuo: personas de una empresa a las que se llega mediante conexiones descubribles, contadas y nunca nombradas</translation>
    </message>
    <message>
        <source>Connection: the wider, the stronger (1 to 5); far out on a big map, only 3 and up until you zoom in</source>
        <translation>Conexión: cuanto más ancha, más intensa (de 1 a 5); con la vista alejada en un mapa grande, solo de 3 en adelante hasta que se acerque</translation>
    </message>
    <message>
        <source>A strongest path to the chosen node</source>
        <translation>Uno de los caminos más sólidos hasta el nodo elegido</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Todos los departamentos</translation>
    </message>
    <message>
        <source>Nobody on the team can reach %1 yet, or not with these filters.</source>
        <translation>Nadie del equipo puede llegar aún a %1, o no con estos filtros.</translation>
    </message>
    <message>
        <source>You have no connection at %1, or none with these filters.</source>
        <translation>No tiene ninguna conexión en %1, o ninguna con estos filtros.</translation>
    </message>
    <message>
        <source>Nothing to draw between people yet: nobody taking part shares or offers a connection. The map fills as employees choose what the business may see.</source>
        <translation>Todavía no hay nada que dibujar entre personas: ningún participante comparte ni ofrece una conexión. El mapa se irá llenando a medida que los empleados decidan qué puede ver la empresa.</translation>
    </message>
    <message>
        <source>You have no connections yet. Add or import them on My connections (Ctrl+I); they stay private until you choose otherwise.</source>
        <translation>Todavía no tiene conexiones. Añádalas o impórtelas en «Mis conexiones» (Ctrl+I); seguirán siendo privadas hasta que decida otra cosa.</translation>
    </message>
    <message>
        <source>No connection matches these filters. Loosen one of them to see more.</source>
        <translation>Ninguna conexión coincide con estos filtros. Relaje alguno para ver más.</translation>
    </message>
    <message>
        <source>The layout was stopped; the map stays as it was drawn. Choose Springs again to go on.</source>
        <translation>Se detuvo la disposición; el mapa se queda tal como se dibujó. Elija «Muelles» de nuevo para continuar.</translation>
    </message>
    <message>
        <source>No connection of theirs is on this map.</source>
        <translation>Ninguna de sus conexiones está en este mapa.</translation>
    </message>
    <message>
        <source>Connections on this map: %1</source>
        <translation>Conexiones en este mapa: %1</translation>
    </message>
    <message>
        <source>Nobody on the team reaches %1 within 4 hops through shared connections.</source>
        <translation>Nadie del equipo llega a %1 en 4 pasos o menos mediante conexiones compartidas.</translation>
    </message>
    <message>
        <source>You do not reach %1 within 4 hops.</source>
        <translation>Usted no llega a %1 en 4 pasos o menos.</translation>
    </message>
    <message>
        <source>Strongest introductions from the team (ask the employee first):</source>
        <translation>Presentaciones más sólidas desde el equipo (pregunte primero al empleado):</translation>
    </message>
    <message>
        <source>Your strongest paths:</source>
        <translation>Sus caminos más sólidos:</translation>
    </message>
    <message>
        <source>(strength %1) %2</source>
        <translation>(intensidad %1) %2</translation>
    </message>
    <message>
        <source>Arrange the map in rings around this</source>
        <translation>Disponer el mapa en anillos alrededor de este nodo</translation>
    </message>
    <message>
        <source>Employees: %1 · people: %2 · companies: %3 · separate pieces: %4</source>
        <translation>Empleados: %1 · personas: %2 · empresas: %3 · partes separadas: %4</translation>
    </message>
    <message>
        <source>Too many to draw one by one: departments and companies stand for their members; zoom in on one to see them.</source>
        <translation>Demasiados para dibujarlos uno a uno: los departamentos y las empresas representan a sus miembros; acerque la vista a uno para verlos.</translation>
    </message>
    <message>
        <source>Laying out…</source>
        <translation>Disponiendo…</translation>
    </message>
</context>
<context>
    <name>consentric::ui::MapView</name>
    <message>
        <source>Network map</source>
        <translation>Mapa de la red</translation>
    </message>
    <message>
        <source>Wheel, pinch or + and − zoom; 0 fits the map; drag or the arrow keys pan; Alt and an arrow key steps to the nearest node that way; Ctrl+F finds a node.</source>
        <translation>La rueda, el gesto de pellizcar o + y − acercan y alejan; 0 ajusta el mapa; arrastrar o las teclas de flecha lo desplazan; Alt y una flecha saltan al nodo más cercano en esa dirección; Ctrl+F busca un nodo.</translation>
    </message>
    <message>
        <source>Consentric network map</source>
        <translation>Mapa de la red de Consentric</translation>
    </message>
    <message>
        <source>The map could not be written to %1: check that the folder exists and can be written to.</source>
        <translation>No se pudo escribir el mapa en %1: compruebe que la carpeta existe y que se puede escribir en ella.</translation>
    </message>
    <message>
        <source>The map can be exported as .png or .svg, not “.%1”.</source>
        <translation>El mapa se puede exportar como .png o .svg, no como «.%1».</translation>
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
        <translation>1 reunión uno a uno</translation>
    </message>
    <message>
        <source>%1 one-to-ones</source>
        <translation>%1 reuniones uno a uno</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>1 miembro</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1 miembros</translation>
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
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Across departments</source>
        <translation>Entre departamentos</translation>
    </message>
    <message>
        <source>Conversation prompt</source>
        <translation>Tema de conversación</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitación</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>E-mail draft</source>
        <translation>Borrador de correo</translation>
    </message>
    <message>
        <source>Open an e-mail to %1 with the time and the prompt in your mail program</source>
        <translation>Abrir en su programa de correo un mensaje para %1 con la hora y el tema de conversación</translation>
    </message>
    <message>
        <source>Wrote 1 invitation (an .ics file) to %1. Send it to the people in the meeting, or open it in your calendar program.</source>
        <translation>Se escribió 1 invitación (un archivo .ics) en %1. Envíela a los participantes de la reunión o ábrala en su programa de calendario.</translation>
    </message>
    <message>
        <source>Wrote %1 invitations (.ics files, one per meeting) to %2. Send each to the people in it, or open them in your calendar program.</source>
        <translation>Se escribieron %1 invitaciones (archivos .ics, uno por reunión) en %2. Envíe cada una a sus participantes o ábralas en su programa de calendario.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
</context>
<context>
    <name>consentric::ui::MetricsPage</name>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Mes a mes</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Este trimestre</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Trimestre anterior</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>Since the program started</source>
        <translation>Desde el inicio del programa</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>Any dates are widened to whole months, and every figure is counted month by month, so two ranges never differ by a few days that could single someone out.</source>
        <translation>Todas las fechas se amplían a meses completos y cada cifra se cuenta mes a mes, de modo que dos periodos nunca difieren en unos pocos días que pudieran identificar a alguien.</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participación</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>Encuesta de pulso</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Inquietudes</translation>
    </message>
    <message>
        <source>Counted month by month: a month in which fewer than 3 employees stand behind the figure is left out of the total, so no one can be singled out by comparing ranges; &quot;at least&quot; says months were left out.</source>
        <translation>Se cuenta mes a mes: un mes en el que haya menos de 3 empleados detrás de la cifra se excluye del total, para que nadie pueda ser identificado comparando periodos; «al menos» indica que se excluyeron meses.</translation>
    </message>
    <message>
        <source>These are your own records, not what an employee did, so they are shown as they are.</source>
        <translation>Son sus propios registros, no lo que hizo un empleado, así que se muestran tal cual.</translation>
    </message>
    <message>
        <source>A concern has no author on record, so each counts as one person: a month with fewer than 3 concerns is left out of the total, so no one can be singled out by comparing ranges; &quot;at least&quot; says months were left out.</source>
        <translation>Una inquietud no tiene autor registrado, así que cada una cuenta como una persona: un mes con menos de 3 inquietudes se excluye del total, para que nadie pueda ser identificado comparando periodos; «al menos» indica que se excluyeron meses.</translation>
    </message>
    <message>
        <source>Connections of participating employees at this level today, whatever the range. Hidden when fewer than 3 employees hold connections at this level.</source>
        <translation>Conexiones de los empleados participantes con este nivel hoy, sea cual sea el periodo. Se oculta cuando menos de 3 empleados tienen conexiones con este nivel.</translation>
    </message>
    <message>
        <source>%1 connections:</source>
        <translation>Conexiones con nivel %1:</translation>
    </message>
    <message>
        <source>Pulse comments</source>
        <translation>Comentarios de la encuesta de pulso</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Trimestre:</translation>
    </message>
    <message>
        <source>Comments never appear in the printed report. They are listed in alphabetical order, never in the order they were written.</source>
        <translation>Los comentarios nunca aparecen en el informe impreso. Se muestran en orden alfabético, nunca en el orden en que se escribieron.</translation>
    </message>
    <message>
        <source>%1 – %2, whole months</source>
        <translation>%1 – %2, meses completos</translation>
    </message>
    <message>
        <source>Taking part:</source>
        <translation>Participan:</translation>
    </message>
    <message>
        <source>Taking part, end of %1:</source>
        <translation>Participan, a final de %1:</translation>
    </message>
    <message>
        <source>not yet: the range has not begun</source>
        <translation>todavía no: el periodo no ha empezado</translation>
    </message>
    <message>
        <source>%1% (%2 people)</source>
        <translation>%1 % (%2 personas)</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 personas</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>fewer than 3 introducers</source>
        <translation>menos de 3 personas que hicieron presentaciones</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 de 5</translation>
    </message>
    <message>
        <source>hidden: fewer than 3 answers</source>
        <translation>oculto: menos de 3 respuestas</translation>
    </message>
    <message>
        <source>none begun yet</source>
        <translation>ninguno ha empezado todavía</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>Participan</translation>
    </message>
    <message>
        <source>Answers to requests</source>
        <translation>Respuestas a las solicitudes</translation>
    </message>
    <message>
        <source>Acceptances</source>
        <translation>Aceptaciones</translation>
    </message>
    <message>
        <source>Declines</source>
        <translation>Rechazos</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Comunicadas</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resueltas</translation>
    </message>
    <message>
        <source>Comfort</source>
        <translation>Comodidad</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Presión</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfacción</translation>
    </message>
    <message>
        <source>Pulse (1–5)</source>
        <translation>Encuesta de pulso (1–5)</translation>
    </message>
    <message>
        <source>No quarter of the range has begun yet.</source>
        <translation>Aún no ha empezado ningún trimestre del periodo.</translation>
    </message>
    <message>
        <source>Comments are shown only for a quarter with at least 3 answers.</source>
        <translation>Los comentarios solo se muestran para un trimestre con al menos 3 respuestas.</translation>
    </message>
    <message>
        <source>Nobody wrote a comment with their answer in %1.</source>
        <translation>Nadie escribió un comentario con su respuesta en %1.</translation>
    </message>
    <message>
        <source>Taking part today:</source>
        <translation>Participan, hoy:</translation>
    </message>
    <message>
        <source>How the referral program and the one-to-ones are going, over whole months. Figures that count what employees did are counted month by month, and a month with fewer than 3 people behind a figure is left out: such figures read &quot;fewer than 3&quot; or &quot;at least&quot;. Rest the pointer on a figure to see how it is counted.</source>
        <translation>Cómo van el programa de recomendaciones y las reuniones uno a uno, en meses completos. Las cifras que cuentan lo que hicieron los empleados se cuentan mes a mes, y se omite cada mes en el que haya menos de 3 personas detrás de una cifra: esas cifras aparecen como «menos de 3» o «al menos». Deje el puntero sobre una cifra para ver cómo se cuenta.</translation>
    </message>
    <message>
        <source>One-to-ones</source>
        <translation>Reuniones uno a uno</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1% (%2 people marked)</source>
        <translation>%1 % (marcaron %2 personas)</translation>
    </message>
    <message>
        <source>%1 (%2% of employees)</source>
        <translation>%1 (%2 % de los empleados)</translation>
    </message>
    <message>
        <source>hidden: fewer than 3 people marked in any month</source>
        <translation>oculto: ningún mes tiene marcas de al menos 3 personas</translation>
    </message>
    <message>
        <source>%1% (%2 people marked; months with fewer than 3 left out)</source>
        <translation>%1 % (%2 personas marcaron; meses con menos de 3 excluidos)</translation>
    </message>
</context>
<context>
    <name>consentric::ui::MyMeetingsPanel</name>
    <message>
        <source>No one-to-ones yet. Once you have joined, the owner&apos;s next round pairs you with a colleague, and the meeting appears here.</source>
        <translation>Todavía no hay reuniones uno a uno. Cuando se haya unido, la próxima ronda del propietario le emparejará con un compañero y la reunión aparecerá aquí.</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Próximas</translation>
    </message>
    <message>
        <source>Nothing arranged yet: the next round adds your next one-to-one.</source>
        <translation>Aún no hay nada organizado: la próxima ronda añadirá su próxima reunión uno a uno.</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Pasadas</translation>
    </message>
    <message>
        <source>and %1 earlier.</source>
        <translation>y %1 anteriores.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; with %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; con %2</translation>
    </message>
    <message>
        <source>Something to talk about: %1</source>
        <translation>Un tema de conversación: %1</translation>
    </message>
    <message>
        <source>Save to &amp;calendar…</source>
        <translation>Guardar en el &amp;calendario…</translation>
    </message>
    <message>
        <source>Save this one-to-one as a calendar file (.ics) to open in your calendar program</source>
        <translation>Guardar esta reunión uno a uno como archivo de calendario (.ics) para abrirlo en su programa de calendario</translation>
    </message>
    <message>
        <source>E-&amp;mail draft</source>
        <translation>Borrador de co&amp;rreo</translation>
    </message>
    <message>
        <source>Open an e-mail to the people in it with the time and the prompt, in your mail program</source>
        <translation>Abrir en su programa de correo un mensaje para los participantes con la hora y el tema de conversación</translation>
    </message>
    <message>
        <source>Did it take place? Mark it held or skipped; no reason is asked.</source>
        <translation>¿Se celebró? Márquela como celebrada o no celebrada; no se pide ningún motivo.</translation>
    </message>
    <message>
        <source>You marked it held.</source>
        <translation>La marcó como celebrada.</translation>
    </message>
    <message>
        <source>You marked it skipped.</source>
        <translation>La marcó como no celebrada.</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notas privadas</translation>
    </message>
    <message>
        <source>Private notes: only you can read them, not the owner and not your colleague.</source>
        <translation>Notas privadas: solo usted puede leerlas, ni el propietario ni su compañero.</translation>
    </message>
    <message>
        <source>He&amp;ld</source>
        <translation>Ce&amp;lebrada</translation>
    </message>
    <message>
        <source>It took place; saves your notes too</source>
        <translation>Se celebró; también guarda sus notas</translation>
    </message>
    <message>
        <source>S&amp;kipped</source>
        <translation>&amp;No celebrada</translation>
    </message>
    <message>
        <source>It did not take place; saves your notes too</source>
        <translation>No se celebró; también guarda sus notas</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Inicie sesión primero.</translation>
    </message>
    <message>
        <source>Marked held. Your notes are saved, for you alone.</source>
        <translation>Marcada como celebrada. Sus notas están guardadas, solo para usted.</translation>
    </message>
    <message>
        <source>Marked skipped. Your notes are saved, for you alone.</source>
        <translation>Marcada como no celebrada. Sus notas están guardadas, solo para usted.</translation>
    </message>
    <message>
        <source>This one-to-one is no longer in your list. Reload the page.</source>
        <translation>Esta reunión uno a uno ya no está en su lista. Vuelva a cargar la página.</translation>
    </message>
    <message>
        <source>Saved the one-to-one as %1. Open it in your calendar program to add it.</source>
        <translation>La reunión uno a uno se guardó como %1. Ábrala en su programa de calendario para añadirla.</translation>
    </message>
    <message>
        <source>Save the one-to-one to a calendar file</source>
        <translation>Guardar la reunión uno a uno en un archivo de calendario</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>No mail program opened the draft. Save the one-to-one to your calendar instead.</source>
        <translation>Ningún programa de correo abrió el borrador. Guarde la reunión uno a uno en su calendario.</translation>
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
        <translation>Sus tres últimas reuniones uno a uno no se celebraron, así que suspendimos las suyas. ¿Quiere continuar?</translation>
    </message>
    <message>
        <source>S&amp;tay in the one-to-ones</source>
        <translation>Contin&amp;uar en las reuniones uno a uno</translation>
    </message>
    <message>
        <source>L&amp;eave</source>
        <translation>&amp;Dejarlas</translation>
    </message>
    <message>
        <source>One-to-ones are half-hour conversations with a colleague, most often from another department, arranged in rounds by the owner. You choose how often and when you work; each meeting comes with something to talk about, as a calendar file or an e-mail. Taking part is voluntary, and you can leave at any time.</source>
        <translation>Las reuniones uno a uno son conversaciones de media hora con un compañero, casi siempre de otro departamento, que el propietario organiza por rondas. Usted elige con qué frecuencia e indica cuándo trabaja; cada reunión incluye un tema de conversación, como archivo de calendario o como correo. Participar es voluntario, y puede dejarlo en cualquier momento.</translation>
    </message>
    <message>
        <source>The owner sees who is paired with whom and when. Your notes, your held/skipped marks and your do-not-pair list are never shown to anyone.</source>
        <translation>El propietario ve quién está emparejado con quién y cuándo. Sus notas, sus marcas de celebrada/no celebrada y su lista de «no emparejar» nunca se muestran a nadie.</translation>
    </message>
    <message>
        <source>Only you can read your notes; the owner never sees them or whether you marked a one-to-one held or skipped.</source>
        <translation>Solo usted puede leer sus notas; el propietario nunca las ve, ni sabe si marcó una reunión uno a uno como celebrada o no celebrada.</translation>
    </message>
    <message>
        <source>One-to-ones</source>
        <translation>Reuniones uno a uno</translation>
    </message>
    <message>
        <source>My one-to-ones</source>
        <translation>Mis reuniones uno a uno</translation>
    </message>
    <message>
        <source>Your one-to-one settings are saved.</source>
        <translation>Su configuración de reuniones uno a uno está guardada.</translation>
    </message>
    <message>
        <source>You joined the one-to-ones. The owner&apos;s next round pairs you with a colleague.</source>
        <translation>Se unió a las reuniones uno a uno. La próxima ronda del propietario le emparejará con un compañero.</translation>
    </message>
    <message>
        <source>Snoozed: rounds before %1 leave you out.</source>
        <translation>En pausa: las rondas anteriores al %1 no le incluyen.</translation>
    </message>
    <message>
        <source>The snooze is over: the next round includes you again.</source>
        <translation>La pausa terminó: la próxima ronda vuelve a incluirle.</translation>
    </message>
    <message>
        <source>Glad you are staying. The next round includes you again.</source>
        <translation>Nos alegra que continúe. La próxima ronda vuelve a incluirle.</translation>
    </message>
    <message>
        <source>Removed from your do-not-pair list.</source>
        <translation>Se quitó de su lista de «no emparejar».</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Inicio del horario de trabajo</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Fin del horario de trabajo</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>&amp;Join the one-to-ones</source>
        <translation>&amp;Unirse a las reuniones uno a uno</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Guardar configuración</translation>
    </message>
    <message>
        <source>Save how often and when you can meet (Ctrl+S)</source>
        <translation>Guardar con qué frecuencia y cuándo puede reunirse (Ctrl+S)</translation>
    </message>
    <message>
        <source>Snooze &amp;until:</source>
        <translation>Pausar &amp;hasta:</translation>
    </message>
    <message>
        <source>Sn&amp;ooze</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Leave me out of rounds before this date</source>
        <translation>No incluirme en las rondas anteriores a esta fecha</translation>
    </message>
    <message>
        <source>&amp;End snooze</source>
        <translation>&amp;Terminar la pausa</translation>
    </message>
    <message>
        <source>&amp;Leave the one-to-ones…</source>
        <translation>D&amp;ejar las reuniones uno a uno…</translation>
    </message>
    <message>
        <source>&amp;How often:</source>
        <translation>&amp;Frecuencia:</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Días laborables:</translation>
    </message>
    <message>
        <source>Working &amp;hours:</source>
        <translation>H&amp;orario de trabajo:</translation>
    </message>
    <message>
        <source>Your settings</source>
        <translation>Su configuración</translation>
    </message>
    <message>
        <source>You are never paired with a colleague on this list. Nobody else ever sees it, the owner included, and the colleague is not told.</source>
        <translation>Nunca se le emparejará con un compañero de esta lista. Nadie más la ve nunca, ni siquiera el propietario, y al compañero no se le informa.</translation>
    </message>
    <message>
        <source>Do-not-pair list</source>
        <translation>Lista de «no emparejar»</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>You are not in the one-to-ones. Choose how often and when you can meet, then join.</source>
        <translation>Usted no participa en las reuniones uno a uno. Elija con qué frecuencia y cuándo puede reunirse y, después, únase.</translation>
    </message>
    <message>
        <source>You have been in the one-to-ones since %1.</source>
        <translation>Participa en las reuniones uno a uno desde el %1.</translation>
    </message>
    <message>
        <source>Snoozed until %1: rounds before that day leave you out.</source>
        <translation>En pausa hasta el %1: las rondas anteriores a ese día no le incluyen.</translation>
    </message>
    <message>
        <source>Paused after three skipped one-to-ones, until you say whether you would like to stay.</source>
        <translation>Suspendidas tras tres reuniones uno a uno no celebradas, hasta que indique si quiere continuar.</translation>
    </message>
    <message>
        <source>A colleague no longer in the team</source>
        <translation>Un compañero que ya no está en el equipo</translation>
    </message>
    <message>
        <source>Nobody on your list.</source>
        <translation>No hay nadie en su lista.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Inicie sesión primero.</translation>
    </message>
    <message>
        <source>Leave the one-to-ones?</source>
        <translation>¿Dejar las reuniones uno a uno?</translation>
    </message>
    <message>
        <source>New rounds will no longer pair you. One-to-ones already arranged stay in your list; skip them if you like. No reason is asked, and you can join again at any time.</source>
        <translation>Las nuevas rondas ya no le emparejarán. Las reuniones uno a uno ya organizadas siguen en su lista; puede no asistir si lo prefiere. No se pide ningún motivo, y puede volver a unirse en cualquier momento.</translation>
    </message>
    <message>
        <source>Leave the one-to-ones</source>
        <translation>Dejar las reuniones uno a uno</translation>
    </message>
    <message>
        <source>You left the one-to-ones. Join again here whenever you like.</source>
        <translation>Dejó las reuniones uno a uno. Vuelva a unirse aquí cuando quiera.</translation>
    </message>
    <message>
        <source>Every colleague is already on your list.</source>
        <translation>Todos los compañeros ya están en su lista.</translation>
    </message>
    <message>
        <source>Add to your do-not-pair list</source>
        <translation>Añadir a su lista de «no emparejar»</translation>
    </message>
    <message>
        <source>&amp;Colleague:</source>
        <translation>&amp;Compañero:</translation>
    </message>
    <message>
        <source>&amp;Add to my list</source>
        <translation>&amp;Añadir a mi lista</translation>
    </message>
    <message>
        <source>Choose a colleague you would rather not be paired with. Only you will ever see this; they are not told.</source>
        <translation>Elija un compañero con el que prefiera no ser emparejado. Solo usted lo verá; a esa persona no se le informa.</translation>
    </message>
    <message>
        <source>“%1” is not a colleague in the list. Choose one from the list.</source>
        <translation>«%1» no es un compañero de la lista. Elija uno de la lista.</translation>
    </message>
    <message>
        <source>Added to your do-not-pair list. Nobody else sees it.</source>
        <translation>Se añadió a su lista de «no emparejar». Nadie más la ve.</translation>
    </message>
    <message>
        <source>in the organisation&apos;s time zone, %1; meetings are placed inside these hours</source>
        <translation>en la zona horaria de la organización, %1; las reuniones se sitúan dentro de este horario</translation>
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
        <translation>empleado</translation>
    </message>
    <message>
        <source>employee, %1</source>
        <translation>empleado, %1</translation>
    </message>
    <message>
        <source>connection, %1</source>
        <translation>conexión, %1</translation>
    </message>
    <message>
        <source>company. People the team reaches there: %1; team members who hold them: %2</source>
        <translation>empresa. Personas a las que el equipo llega allí: %1; miembros del equipo que las tienen: %2</translation>
    </message>
    <message>
        <source>company. Your connections there: %1</source>
        <translation>empresa. Sus conexiones allí: %1</translation>
    </message>
    <message>
        <source>The team: its discoverable connections, counted per company and never named</source>
        <translation>El equipo: sus conexiones descubribles, contadas por empresa y nunca nombradas</translation>
    </message>
    <message>
        <source>department, employees: %1 (zoom in to see them)</source>
        <translation>departamento, empleados: %1 (acerque la vista para verlos)</translation>
    </message>
    <message>
        <source>people on the map: %1 (zoom in to see them)</source>
        <translation>personas en el mapa: %1 (acerque la vista para verlas)</translation>
    </message>
</context>
<context>
    <name>consentric::ui::OpenDatabaseDialog</name>
    <message>
        <source>A database &amp;file on this computer (SQLite)</source>
        <translation>Un &amp;archivo de base de datos local (SQLite)</translation>
    </message>
    <message>
        <source>A team &amp;server (PostgreSQL)</source>
        <translation>Un &amp;servidor del equipo (PostgreSQL)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>The password is read from your PGPASSFILE, or asked for; never put it in the URL.</source>
        <translation>La contraseña se lee de su PGPASSFILE o se solicita; no la ponga nunca en la URL.</translation>
    </message>
    <message>
        <source>Consentric databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de Consentric (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>consentric::ui::PersonDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Editar a %1</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Añadir una persona</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Nombre y apellidos</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@example.com</translation>
    </message>
    <message>
        <source>Choose or type a new one</source>
        <translation>Elija uno o escriba uno nuevo</translation>
    </message>
    <message>
        <source>Admins help the owner run the program; they see what the owner sees.</source>
        <translation>Los administradores ayudan al propietario a gestionar el programa; ven lo mismo que el propietario.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Departamento:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
</context>
<context>
    <name>consentric::ui::PolicyPage</name>
    <message>
        <source>&amp;Join the program</source>
        <translation>&amp;Unirse al programa</translation>
    </message>
    <message>
        <source>&amp;Leave the program…</source>
        <translation>&amp;Dejar el programa…</translation>
    </message>
    <message>
        <source>Connection policy</source>
        <translation>Política de conexiones</translation>
    </message>
    <message>
        <source>I have read the connection policy (version %1) and want to take part</source>
        <translation>He leído la política de conexiones (versión %1) y quiero participar</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Policy version</source>
        <translation>Versión de la política</translation>
    </message>
    <message>
        <source>Your consent ledger</source>
        <translation>Su registro de consentimiento</translation>
    </message>
    <message>
        <source>Leave the referral program?</source>
        <translation>¿Dejar el programa de recomendaciones?</translation>
    </message>
    <message>
        <source>Everything you made discoverable or shared disappears from the business&apos;s views at once. Your choices are kept, so joining again restores them. No reason is asked, and nobody is told why.</source>
        <translation>Todo lo que ha hecho descubrible o compartido desaparece de inmediato de las vistas de la empresa. Sus elecciones se conservan, así que se restauran si vuelve a unirse. No se le pide ningún motivo ni se comunica a nadie por qué.</translation>
    </message>
    <message>
        <source>Leave the program</source>
        <translation>Dejar el programa</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Inicie sesión primero.</translation>
    </message>
    <message>
        <source>You take part in the referral program. What you make discoverable or shared now counts for the business.</source>
        <translation>Usted participa en el programa de recomendaciones. Lo que haga descubrible o comparta cuenta ahora para la empresa.</translation>
    </message>
    <message>
        <source>You left the referral program. The business sees none of your connections now.</source>
        <translation>Ha dejado el programa de recomendaciones. Ahora la empresa no ve ninguna de sus conexiones.</translation>
    </message>
    <message>
        <source>&lt;b&gt;You take part in the referral program.&lt;/b&gt; You can leave at any time, in one click.</source>
        <translation>&lt;b&gt;Usted participa en el programa de recomendaciones.&lt;/b&gt; Puede dejarlo en cualquier momento, con un solo clic.</translation>
    </message>
    <message>
        <source>&lt;b&gt;You are not taking part.&lt;/b&gt; Read the policy; if you agree, tick the box and join. You can leave at any time.</source>
        <translation>&lt;b&gt;Usted no participa.&lt;/b&gt; Lea la política; si está de acuerdo, marque la casilla y únase. Puede dejarlo en cualquier momento.</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Se unió</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Salió</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>Acknowledged a new version</source>
        <translation>Confirmó la lectura de una nueva versión</translation>
    </message>
    <message>
        <source>Thank you: you have read version %1 of the connection policy. Nothing about your sharing changed.</source>
        <translation>Gracias: ha leído la versión %1 de la política de conexiones. No ha cambiado nada de lo que usted comparte.</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>a long date: 19 January 2026</comment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>The connection policy changed (version %1, published %2): %3.</source>
        <translation>La política de conexiones ha cambiado (versión %1, publicada el %2): %3.</translation>
    </message>
    <message>
        <source>The connection policy changed (version %1, published %2).</source>
        <translation>La política de conexiones ha cambiado (versión %1, publicada el %2).</translation>
    </message>
    <message>
        <source>The connection policy in force is version %1.</source>
        <translation>La política de conexiones vigente es la versión %1.</translation>
    </message>
    <message>
        <source>Your sharing stays exactly as it is. Please read it and acknowledge it.</source>
        <translation>Lo que usted comparte se queda exactamente como está. Lea la política y confirme su lectura, por favor.</translation>
    </message>
    <message>
        <source>I have &amp;read version %1</source>
        <translation>He &amp;leído la versión %1</translation>
    </message>
</context>
<context>
    <name>consentric::ui::PolicyReviewPage</name>
    <message>
        <source>Required section</source>
        <translation>Sección obligatoria</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Checklist of required sections</source>
        <translation>Lista de comprobación de las secciones obligatorias</translation>
    </message>
    <message>
        <source>Click a section to edit it</source>
        <translation>Haga clic en una sección para editarla</translation>
    </message>
    <message>
        <source>Sections of the draft</source>
        <translation>Secciones del borrador</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Título de la sección</translation>
    </message>
    <message>
        <source>Section text</source>
        <translation>Texto de la sección</translation>
    </message>
    <message>
        <source>Reset section to &amp;default</source>
        <translation>Restablecer la sección pre&amp;determinada</translation>
    </message>
    <message>
        <source>Put back the default title and text of this section</source>
        <translation>Restablecer el título y el texto predeterminados de esta sección</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Guardar borrador</translation>
    </message>
    <message>
        <source>Save the draft (Ctrl+S); participants see nothing until you publish</source>
        <translation>Guardar el borrador (Ctrl+S); los participantes no ven nada hasta que usted lo publique</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publicar…</translation>
    </message>
    <message>
        <source>Publish the draft as the next version (Ctrl+Shift+P)</source>
        <translation>Publicar el borrador como la siguiente versión (Ctrl+Mayús+P)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Review schedule</source>
        <translation>Calendario de revisiones</translation>
    </message>
    <message>
        <source>&amp;Record review…</source>
        <translation>&amp;Registrar revisión…</translation>
    </message>
    <message>
        <source>Record a review you held (Ctrl+R)</source>
        <translation>Registrar una revisión que haya celebrado (Ctrl+R)</translation>
    </message>
    <message>
        <source>No review has been recorded yet. Hold the first one with the team, then record it here.</source>
        <translation>Aún no se ha registrado ninguna revisión. Celebre la primera con el equipo y luego regístrela aquí.</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Celebrada el</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Changes decided</source>
        <translation>Cambios acordados</translation>
    </message>
    <message>
        <source>Reviews held</source>
        <translation>Revisiones celebradas</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>Policy and reviews</source>
        <translation>Política y revisiones</translation>
    </message>
    <message>
        <source>Required sections</source>
        <translation>Secciones obligatorias</translation>
    </message>
    <message>
        <source>The draft</source>
        <translation>El borrador</translation>
    </message>
    <message>
        <source>Participants see nothing of the draft until you publish it. Each published version is kept as it was; participants are asked to acknowledge it at their next sign-in, and until they do, nothing about their sharing changes.</source>
        <translation>Los participantes no ven nada del borrador hasta que usted lo publique. Cada versión publicada se conserva tal como estaba; en su próximo inicio de sesión se pide a los participantes que confirmen su lectura y, hasta que lo hagan, no cambia nada de lo que comparten.</translation>
    </message>
    <message>
        <source>Review the program with the team each quarter, within %1 days of the quarter&apos;s end, and once a year comprehensively, by the end of January.</source>
        <translation>Revise el programa con el equipo cada trimestre, en los %1 días siguientes al final del trimestre, y una vez al año a fondo, antes de que termine enero.</translation>
    </message>
    <message>
        <source>Draft saved. Participants see it once you publish it.</source>
        <translation>Borrador guardado. Los participantes lo verán cuando usted lo publique.</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>Sign in as the owner first.</source>
        <translation>Inicie sesión primero como propietario.</translation>
    </message>
    <message>
        <source>Say in one line what changed: participants read it when they are asked to acknowledge the new version.</source>
        <translation>Diga en una línea qué ha cambiado: los participantes lo leerán cuando se les pida que confirmen la lectura de la nueva versión.</translation>
    </message>
    <message>
        <source>Version %1 published: participants will be asked to acknowledge it at their next sign-in.</source>
        <translation>Versión %1 publicada: se pedirá a los participantes que confirmen su lectura en su próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>Publish the connection policy</source>
        <translation>Publicar la política de conexiones</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué ha cambiado</translation>
    </message>
    <message>
        <source>e.g. “Clearer rules for personal connections”</source>
        <translation>p. ej., «Reglas más claras para las conexiones personales»</translation>
    </message>
    <message>
        <source>&lt;b&gt;What changed?&lt;/b&gt; One line: participants read it when they are asked to acknowledge the new version.</source>
        <translation>&lt;b&gt;¿Qué ha cambiado?&lt;/b&gt; Una línea: los participantes la leerán cuando se les pida que confirmen la lectura de la nueva versión.</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>«%1» (%2)</translation>
    </message>
    <message>
        <source>Publish with sections not written?</source>
        <translation>¿Publicar con secciones sin redactar?</translation>
    </message>
    <message>
        <source>Every policy should cover these sections, but some are not written: %1. Participants will read the policy without them. Publish anyway?</source>
        <translation>Toda política debería cubrir estas secciones, pero algunas no están redactadas: %1. Los participantes leerán la política sin ellas. ¿Publicar de todos modos?</translation>
    </message>
    <message>
        <source>Publish anyway</source>
        <translation>Publicar de todos modos</translation>
    </message>
    <message>
        <source>&lt;b&gt;No version published yet:&lt;/b&gt; the built-in policy %1 applies.</source>
        <translation>&lt;b&gt;Aún no se ha publicado ninguna versión:&lt;/b&gt; se aplica la política integrada %1.</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>a long date: 19 January 2026</comment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>&lt;b&gt;Version %1, published %2.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Versión %1, publicada el %2.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What changed: %1</source>
        <translation>Qué ha cambiado: %1</translation>
    </message>
    <message>
        <source>All %1 participants have acknowledged it.</source>
        <translation>Los %1 participantes han confirmado su lectura.</translation>
    </message>
    <message>
        <source>%1 of %2 participants have acknowledged it; %3 have not yet.</source>
        <translation>%1 de %2 participantes han confirmado su lectura; %3 aún no.</translation>
    </message>
    <message>
        <source>Participants: %1. How many have acknowledged it is shown only when at least 3 have and at least 3 have not.</source>
        <translation>Participantes: %1. Cuántos han confirmado su lectura solo se muestra cuando al menos 3 lo han hecho y al menos 3 no.</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Sin notas.</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notas: %1</translation>
    </message>
    <message>
        <source>The %1 for %2 is recorded.</source>
        <translation>La %1 de %2 ha quedado registrada.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::PulsePage</name>
    <message>
        <source>Your answer is stored with the quarter only: no name, no time, not even the order of answers. A separate list records only that you answered, so you can answer once. The owner sees averages only when at least 3 people answered, and reads comments only then; comments never appear in the printed report.</source>
        <translation>Su respuesta se guarda solo con el trimestre: sin nombre, sin hora, ni siquiera el orden de las respuestas. Una lista aparte registra únicamente que usted respondió, para que solo pueda responder una vez. El propietario solo ve las medias cuando han respondido al menos 3 personas, y solo entonces lee los comentarios; los comentarios nunca aparecen en el informe impreso.</translation>
    </message>
    <message>
        <source>How comfortable are you with the referral program?</source>
        <translation>¿Hasta qué punto se siente cómodo con el programa de recomendaciones?</translation>
    </message>
    <message>
        <source>very uncomfortable</source>
        <translation>muy incómodo</translation>
    </message>
    <message>
        <source>very comfortable</source>
        <translation>muy cómodo</translation>
    </message>
    <message>
        <source>How much pressure do you feel to take part or to make introductions?</source>
        <translation>¿Cuánta presión siente para participar o hacer presentaciones?</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>a lot</source>
        <translation>mucha</translation>
    </message>
    <message>
        <source>How satisfied are you with how the program is run?</source>
        <translation>¿Hasta qué punto está satisfecho con cómo se gestiona el programa?</translation>
    </message>
    <message>
        <source>not at all satisfied</source>
        <translation>nada satisfecho</translation>
    </message>
    <message>
        <source>very satisfied</source>
        <translation>muy satisfecho</translation>
    </message>
    <message>
        <source>%1: %2 of 5</source>
        <translation>%1: %2 de 5</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Anything you would like the owner to know. Leave out names and details that would show who wrote it.</source>
        <translation>Cualquier cosa que quiera que sepa el propietario. No incluya nombres ni detalles que revelen quién lo escribió.</translation>
    </message>
    <message>
        <source>&amp;Send answer</source>
        <translation>En&amp;viar respuesta</translation>
    </message>
    <message>
        <source>Send your answer (Ctrl+Return)</source>
        <translation>Enviar su respuesta (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>&amp;Comment (optional):</source>
        <translation>&amp;Comentario (opcional):</translation>
    </message>
    <message>
        <source>Once sent, an answer cannot be changed or withdrawn, because nothing links it to you.</source>
        <translation>Una vez enviada, una respuesta no se puede cambiar ni retirar, porque nada la vincula con usted.</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>Encuesta de pulso</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 de %2 caracteres</translation>
    </message>
    <message>
        <source>Pulse for %1</source>
        <translation>Encuesta de pulso de %1</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>a long date: 1 January 2027</comment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Thank you. You answered the pulse for %1; the next one opens on %2.</source>
        <translation>Gracias. Ha respondido a la encuesta de pulso de %1; la próxima se abrirá el %2.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Inicie sesión primero.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::RecognitionPage</name>
    <message>
        <source>&amp;Show my name on the team recognition list</source>
        <translation>Mostrar mi nombre en la lista de &amp;reconocimiento del equipo</translation>
    </message>
    <message>
        <source>Team recognition list</source>
        <translation>Lista de reconocimiento del equipo</translation>
    </message>
    <message>
        <source>Nobody has chosen to appear on the list yet.</source>
        <translation>Todavía nadie ha decidido aparecer en la lista.</translation>
    </message>
    <message>
        <source>Points are for taking part, never for results. Declining a request counts exactly the same as saying yes, and nothing depends on whether an introduction led anywhere. Only you see your points: nobody else, the owner included, can look them up.</source>
        <translation>Los puntos son por participar, nunca por los resultados. Rechazar una solicitud cuenta exactamente lo mismo que aceptarla, y nada depende de que una presentación haya llevado a algo. Solo usted ve sus puntos: nadie más, ni siquiera el propietario, puede consultarlos.</translation>
    </message>
    <message>
        <source>The names of the people who chose to appear, in alphabetical order. The list shows no points and no ranking. Appearing on it is up to you, and you can take your name off at any time.</source>
        <translation>Los nombres de las personas que decidieron aparecer, por orden alfabético. La lista no muestra puntos ni clasificación. Aparecer en ella depende de usted, y puede quitar su nombre en cualquier momento.</translation>
    </message>
    <message>
        <source>My recognition</source>
        <translation>Mi reconocimiento</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:x-large&apos;&gt;Your points: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:x-large&apos;&gt;Sus puntos: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Joining the program: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Unirse al programa: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Joining the program: &lt;b&gt;0&lt;/b&gt; (you earn %1 when you join)</source>
        <translation>Unirse al programa: &lt;b&gt;0&lt;/b&gt; (obtiene %1 al unirse)</translation>
    </message>
    <message>
        <source>Answering requests, either way: %1 × %2 = &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>Responder solicitudes, en un sentido u otro: %1 × %2 = &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Inicie sesión primero.</translation>
    </message>
    <message>
        <source>Your name is on the team recognition list.</source>
        <translation>Su nombre está en la lista de reconocimiento del equipo.</translation>
    </message>
    <message>
        <source>Your name is no longer on the team recognition list.</source>
        <translation>Su nombre ya no está en la lista de reconocimiento del equipo.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::RecoverDialog</name>
    <message>
        <source>Use a recovery code</source>
        <translation>Usar un código de recuperación</translation>
    </message>
    <message>
        <source>Type the recovery code you made (or, for the owner, the recovery key printed at set-up) and choose a new passphrase. Without a code there is no way back into your private data: the owner can only give you a fresh, empty account.</source>
        <translation>Escriba el código de recuperación que creó (o, si es el propietario, la clave de recuperación impresa durante la configuración) y elija una nueva frase de contraseña. Sin un código no hay forma de volver a acceder a sus datos privados: el propietario solo puede asignarle una cuenta nueva y vacía.</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>Có&amp;digo de recuperación:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <source>Recover and sign in</source>
        <translation>Recuperar e iniciar sesión</translation>
    </message>
    <message>
        <source>The two new passphrases differ. Type the same one twice.</source>
        <translation>Las dos frases de contraseña nuevas no coinciden. Escriba la misma dos veces.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::RecoveryCodeDialog</name>
    <message>
        <source>Your owner recovery key</source>
        <translation>Su clave de recuperación de propietario</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Su código de recuperación</translation>
    </message>
    <message>
        <source>This key opens the owner&apos;s account if the passphrase is forgotten. Print it and keep it somewhere safe, away from this computer. It is shown only now: Consentric keeps no copy of it.</source>
        <translation>Esta clave abre la cuenta del propietario si se olvida la frase de contraseña. Imprímala y guárdela en un lugar seguro, lejos de este equipo. Solo se muestra ahora: Consentric no guarda ninguna copia.</translation>
    </message>
    <message>
        <source>This code opens your account if you forget your passphrase. Only you have it: the owner never sees it. Print it or write it down now; it is shown only once, and any earlier code stops working.</source>
        <translation>Este código abre su cuenta si olvida su frase de contraseña. Solo usted lo tiene: el propietario nunca lo ve. Imprímalo o anótelo ahora; solo se muestra una vez y cualquier código anterior deja de funcionar.</translation>
    </message>
    <message>
        <source>I have printed or written down this code</source>
        <translation>He impreso o anotado este código</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Consentric recovery code&lt;/h2&gt;&lt;p&gt;Organisation: %1&lt;br&gt;Account: %2&lt;/p&gt;&lt;p style=&quot;font-family: monospace; font-size: 20pt&quot;&gt;%3&lt;/p&gt;&lt;p&gt;Keep this page somewhere safe, away from the computer. With it, the account can be opened and a new passphrase set. Nobody else has a copy.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Código de recuperación de Consentric&lt;/h2&gt;&lt;p&gt;Organización: %1&lt;br&gt;Cuenta: %2&lt;/p&gt;&lt;p style=&quot;font-family: monospace; font-size: 20pt&quot;&gt;%3&lt;/p&gt;&lt;p&gt;Guarde esta página en un lugar seguro, lejos del equipo. Con ella se puede abrir la cuenta y establecer una nueva frase de contraseña. Nadie más tiene una copia.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>consentric::ui::ReferralsPage</name>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>No targets yet. Add a company the business would like to reach (New target, Ctrl+N): the team is asked privately, and nobody is contacted without an employee&apos;s yes.</source>
        <translation>Todavía no hay objetivos. Añada una empresa a la que quiera llegar (Nuevo objetivo, Ctrl+N): se pregunta al equipo en privado, y no se contacta a nadie sin el sí de un empleado.</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>A quién se preguntó</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Introducer</source>
        <translation>Quién presenta</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Expires / closed</source>
        <translation>Caduca / cerrada</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>No requests yet. Select a target and choose Send request (Ctrl+Return).</source>
        <translation>Todavía no hay solicitudes. Seleccione un objetivo y elija «Enviar solicitud» (Ctrl+Intro).</translation>
    </message>
    <message>
        <source>&amp;Send request</source>
        <translation>&amp;Enviar solicitud</translation>
    </message>
    <message>
        <source>Record &amp;meeting…</source>
        <translation>Registrar &amp;reunión…</translation>
    </message>
    <message>
        <source>Record &amp;outcome…</source>
        <translation>Registrar res&amp;ultado…</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Requests and their pipeline</source>
        <translation>Solicitudes y su evolución</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Todas las solicitudes</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminadas</translation>
    </message>
    <message>
        <source>Search targets (Ctrl+F)</source>
        <translation>Buscar objetivos (Ctrl+F)</translation>
    </message>
    <message>
        <source>Say whom the business would like to reach. Requests go to the employees who can help, who answer privately: you learn who only when someone accepts, and a decline is never shown by name — a request nobody took closes at its expiry as “closed — no introduction”.</source>
        <translation>Indique a quién quiere llegar la empresa. Las solicitudes van a los empleados que pueden ayudar, que responden en privado: usted solo sabe quién es cuando alguien acepta, y un rechazo nunca se muestra con nombre; una solicitud que nadie aceptó se cierra al caducar como «cerrada — sin presentación».</translation>
    </message>
    <message>
        <source>&amp;New target…</source>
        <translation>&amp;Nuevo objetivo…</translation>
    </message>
    <message>
        <source>&amp;Guardrails…</source>
        <translation>&amp;Salvaguardas…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Requests and pipeline</source>
        <translation>Solicitudes y evolución</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna todavía</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Since %1:&lt;/b&gt; %2 requests, %3 accepted, %4 introductions, %5 meetings; outcomes: %6 won, %7 hired, %8 partnered, %9 no result. Closed without an introduction: %10. Declines (counted, never named): %11. Median time from request to introduction: %12.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Desde el %1:&lt;/b&gt; %2 solicitudes, %3 aceptadas, %4 presentaciones, %5 reuniones; resultados: %6 ganados, %7 contrataciones, %8 colaboraciones, %9 sin resultado. Cerradas sin presentación: %10. Rechazos (contados, nunca nombrados): %11. Tiempo mediano de la solicitud a la presentación: %12.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 at %2 (%3&apos;s connection)</source>
        <translation>%1 en %2 (conexión de %3)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>whoever can help</source>
        <translation>quien pueda ayudar</translation>
    </message>
    <message>
        <source>accepted — name may be mentioned</source>
        <translation>aceptada — se puede mencionar su nombre</translation>
    </message>
    <message>
        <source>outcome: %1</source>
        <translation>resultado: %1</translation>
    </message>
    <message>
        <source>No request matches this filter.</source>
        <translation>Ninguna solicitud coincide con este filtro.</translation>
    </message>
    <message>
        <source>Select a target first.</source>
        <translation>Seleccione primero un objetivo.</translation>
    </message>
    <message>
        <source>The request was sent to the inboxes of the people who can help. You will see who, if someone accepts.</source>
        <translation>La solicitud se envió a las bandejas de entrada de las personas que pueden ayudar. Verá quién es si alguien acepta.</translation>
    </message>
    <message>
        <source>Select a request first.</source>
        <translation>Seleccione primero una solicitud.</translation>
    </message>
    <message>
        <source>Record outcome</source>
        <translation>Registrar resultado</translation>
    </message>
    <message>
        <source>Record meeting</source>
        <translation>Registrar reunión</translation>
    </message>
    <message>
        <source>The guardrails were changed; they apply to requests sent from now on.</source>
        <translation>Se cambiaron las salvaguardas; se aplican a las solicitudes que se envíen a partir de ahora.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::ReportConcernPage</name>
    <message>
        <source>Send &amp;anonymously</source>
        <translation>Enviar de forma &amp;anónima</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Enviar…</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Comunicada el</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>There is nobody to send a concern to yet: the organisation has no owner account.</source>
        <translation>Todavía no hay nadie a quien enviar una inquietud: la organización no tiene cuenta de propietario.</translation>
    </message>
    <message>
        <source>You have not reported a concern. If something makes you uncomfortable, you can write it here at any time.</source>
        <translation>No ha comunicado ninguna inquietud. Si algo le hace sentir incómodo, puede escribirlo aquí en cualquier momento.</translation>
    </message>
    <message>
        <source>&lt;p&gt;A concern is for when something does not feel right in the referral program: you feel pressured to share or to introduce someone, or a situation made you uncomfortable. Say it here, in your own words.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Who can read it:&lt;/b&gt; only the person you choose below. What you write is sealed to them; nobody else, not the other recipient and not an administrator, can open it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Anonymously:&lt;/b&gt; an anonymous concern stores no author at all. You can still follow what happens to it below, because only your own account keeps the receipt.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Una inquietud sirve para cuando algo no le parece bien en el programa de recomendaciones: se siente presionado para compartir o para presentar a alguien, o una situación le hizo sentir incómodo. Cuéntelo aquí, con sus propias palabras.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Quién puede leerla:&lt;/b&gt; solo la persona que elija abajo. Lo que escriba queda sellado para ella; nadie más, ni el otro destinatario ni un administrador, puede abrirlo.&lt;/p&gt;&lt;p&gt;&lt;b&gt;De forma anónima:&lt;/b&gt; una inquietud anónima no guarda ningún autor. Aun así, puede seguir lo que pasa con ella abajo, porque solo su propia cuenta guarda el acuse de recibo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Enviar a</translation>
    </message>
    <message>
        <source>Leave this ticked and your name is not stored with the concern</source>
        <translation>Deje esta casilla marcada y su nombre no se guardará con la inquietud</translation>
    </message>
    <message>
        <source>What happened, and how it made you feel. Include only what you are comfortable sharing.</source>
        <translation>Qué ocurrió y cómo le hizo sentir. Incluya solo lo que se sienta cómodo compartiendo.</translation>
    </message>
    <message>
        <source>Your concern</source>
        <translation>Su inquietud</translation>
    </message>
    <message>
        <source>Send the concern (Ctrl+Return); you confirm first</source>
        <translation>Enviar la inquietud (Ctrl+Intro); antes se le pide confirmación</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>&amp;Destinatario:</translation>
    </message>
    <message>
        <source>&amp;Your concern:</source>
        <translation>&amp;Su inquietud:</translation>
    </message>
    <message>
        <source>Your concerns</source>
        <translation>Sus inquietudes</translation>
    </message>
    <message>
        <source>Concerns sent to you</source>
        <translation>Inquietudes que le han enviado</translation>
    </message>
    <message>
        <source>As the trusted person the owner designated, you receive concerns from employees. Only you can read them. Move each one along, so that whoever wrote it sees it is being looked after.</source>
        <translation>Como persona de confianza designada por el propietario, usted recibe inquietudes de los empleados. Solo usted puede leerlas. Haga avanzar cada una, para que quien la escribió vea que se está atendiendo.</translation>
    </message>
    <message>
        <source>Report a concern</source>
        <translation>Comunicar una inquietud</translation>
    </message>
    <message>
        <source>Owner — %1</source>
        <translation>Propietario — %1</translation>
    </message>
    <message>
        <source>Trusted person — %1</source>
        <translation>Persona de confianza — %1</translation>
    </message>
    <message>
        <source>Only %1 will be able to read it. Your name is not included, and no author is stored; you can follow its status on this page.</source>
        <translation>Solo %1 podrá leerla. Su nombre no se incluye y no se guarda ningún autor; puede seguir su estado en esta página.</translation>
    </message>
    <message>
        <source>Only %1 will be able to read it. Your name is included, so they will know it came from you.</source>
        <translation>Solo %1 podrá leerla. Su nombre se incluye, así que sabrá que viene de usted.</translation>
    </message>
    <message>
        <source>Send this concern?</source>
        <translation>¿Enviar esta inquietud?</translation>
    </message>
    <message>
        <source>Send concern</source>
        <translation>Enviar inquietud</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Inicie sesión primero.</translation>
    </message>
    <message>
        <source>There is nobody to send a concern to yet.</source>
        <translation>Todavía no hay nadie a quien enviar una inquietud.</translation>
    </message>
    <message>
        <source>Your concern was sent to %1. Its status shows under “Your concerns”.</source>
        <translation>Su inquietud se envió a %1. Su estado aparece en «Sus inquietudes».</translation>
    </message>
</context>
<context>
    <name>consentric::ui::ReportsPage</name>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>See every page, print it or save it as a PDF (%1)</source>
        <translation>Ver cada página, imprimir o guardar como PDF (%1)</translation>
    </message>
    <message>
        <source>Save the report as a PDF file (%1)</source>
        <translation>Guardar el informe como archivo PDF (%1)</translation>
    </message>
    <message>
        <source>What the report contains</source>
        <translation>Qué contiene el informe</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Trimestre:</translation>
    </message>
    <message>
        <source>Quarterly policy-review report</source>
        <translation>Informe trimestral de revisión de la política</translation>
    </message>
    <message>
        <source>%1 (in progress)</source>
        <translation>%1 (en curso)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>What this report cannot show</source>
        <translation>Lo que este informe no puede mostrar</translation>
    </message>
    <message>
        <source>A cover page, then one page or more for each section:</source>
        <translation>Una portada y, después, una o más páginas por sección:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Policy review %1</source>
        <translation>Revisión de la política %1</translation>
    </message>
    <message>
        <source>Quarterly policy-review report %1</source>
        <translation>Informe trimestral de revisión de la política %1</translation>
    </message>
    <message>
        <source>The report could not be prepared; see the message above.</source>
        <translation>No se pudo elaborar el informe; consulte el mensaje de arriba.</translation>
    </message>
    <message>
        <source>policy-review-%1.pdf</source>
        <translation>revision-politica-%1.pdf</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the %1 report as %2.</source>
        <translation>Se guardó el informe de %1 como %2.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>The quarterly policy-review report shows that the program stayed voluntary, comfortable and useful: the policy and who acknowledged it, participation, referral activity, the pulse, concerns, the one-to-ones and which departments met, the review schedule and a sign-off block. Aggregate figures only; the pulse&apos;s comments and anyone&apos;s one-to-one marks and notes are never printed.</source>
        <translation>El informe trimestral de revisión de la política muestra que el programa siguió siendo voluntario, cómodo y útil: la política y quién confirmó su lectura, la participación, la actividad de recomendaciones, la encuesta de pulso, las inquietudes, las reuniones uno a uno y qué departamentos se reunieron, el calendario de revisiones y un bloque de firmas. Solo cifras agregadas; los comentarios de la encuesta de pulso y las marcas y notas de cada persona sobre sus reuniones uno a uno nunca se imprimen.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::ReviewDialog</name>
    <message>
        <source>Record a policy review</source>
        <translation>Registrar una revisión de la política</translation>
    </message>
    <message>
        <source>Quarterly review</source>
        <translation>Revisión trimestral</translation>
    </message>
    <message>
        <source>Annual review</source>
        <translation>Revisión anual</translation>
    </message>
    <message>
        <source>2026-Q3 for a quarter, 2026 for a year</source>
        <translation>2026-Q3 para un trimestre, 2026 para un año</translation>
    </message>
    <message>
        <source>Who took part, e.g. “the whole team” or names</source>
        <translation>Quién participó, p. ej., «todo el equipo» o nombres</translation>
    </message>
    <message>
        <source>What the review found: the pulse, concerns, what people said</source>
        <translation>Lo que constató la revisión: la encuesta de pulso, las inquietudes, lo que dijo la gente</translation>
    </message>
    <message>
        <source>What you decided to change, if anything</source>
        <translation>Lo que decidió cambiar, si es el caso</translation>
    </message>
    <message>
        <source>&amp;Review:</source>
        <translation>&amp;Revisión:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Celebrada el:</translation>
    </message>
    <message>
        <source>P&amp;articipants:</source>
        <translation>P&amp;articipantes:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>&amp;Changes decided:</source>
        <translation>Cam&amp;bios acordados:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>Re&amp;gistrar</translation>
    </message>
    <message>
        <source>Sign in as the owner first.</source>
        <translation>Inicie sesión primero como propietario.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::RoundsPage</name>
    <message>
        <source>Rounds of one-to-ones pair members of the team, across departments first, for half an hour inside both people&apos;s working hours. You see who is paired with whom and when, but never anyone&apos;s notes, their held or skipped marks, or their do-not-pair list.</source>
        <translation>Las rondas de reuniones uno a uno emparejan a miembros del equipo, primero entre departamentos, durante media hora dentro del horario de trabajo de ambas personas. Usted ve quién está emparejado con quién y cuándo, pero nunca las notas de nadie, sus marcas de celebrada o no celebrada ni su lista de «no emparejar».</translation>
    </message>
    <message>
        <source>&amp;New round</source>
        <translation>&amp;Nueva ronda</translation>
    </message>
    <message>
        <source>&amp;Rounds</source>
        <translation>&amp;Rondas</translation>
    </message>
    <message>
        <source>One-to-ones</source>
        <translation>Reuniones uno a uno</translation>
    </message>
    <message>
        <source>Date of the round</source>
        <translation>Fecha de la ronda</translation>
    </message>
    <message>
        <source>Round &amp;date:</source>
        <translation>&amp;Fecha de la ronda:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Show who would meet whom and when; nothing is written</source>
        <translation>Mostrar quién se reuniría con quién y cuándo; no se escribe nada</translation>
    </message>
    <message>
        <source>&amp;Start round</source>
        <translation>&amp;Iniciar ronda</translation>
    </message>
    <message>
        <source>Arrange the meetings for this date (Ctrl+Return)</source>
        <translation>Organizar las reuniones para esta fecha (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Save &amp;invitations…</source>
        <translation>Guardar &amp;invitaciones…</translation>
    </message>
    <message>
        <source>Write one calendar file (.ics) per meeting into a folder you choose</source>
        <translation>Escribir un archivo de calendario (.ics) por reunión en la carpeta que elija</translation>
    </message>
    <message>
        <source>Once the round is started: save the invitations as calendar files to send, or open an e-mail draft for each meeting.</source>
        <translation>Una vez iniciada la ronda: guarde las invitaciones como archivos de calendario para enviarlas, o abra un borrador de correo para cada reunión.</translation>
    </message>
    <message>
        <source>Press Preview to see the plan for this date.</source>
        <translation>Pulse «Vista previa» para ver el plan para esta fecha.</translation>
    </message>
    <message>
        <source>Rounds, newest first</source>
        <translation>Rondas, las más recientes primero</translation>
    </message>
    <message>
        <source>No rounds yet. Start the first one under New round.</source>
        <translation>Todavía no hay rondas. Inicie la primera en «Nueva ronda».</translation>
    </message>
    <message>
        <source>Save invitations &amp;again…</source>
        <translation>Volver a guardar las &amp;invitaciones…</translation>
    </message>
    <message>
        <source>Write the selected round&apos;s calendar files (.ics) into a folder you choose</source>
        <translation>Escribir los archivos de calendario (.ics) de la ronda seleccionada en la carpeta que elija</translation>
    </message>
    <message>
        <source>Times are in the organisation&apos;s time zone, %1.</source>
        <translation>Las horas están en la zona horaria de la organización, %1.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Inicie sesión primero.</translation>
    </message>
    <message>
        <source>Started the round of %1 with %2. Save the invitations or send e-mail drafts, so people know.</source>
        <translation>Se inició la ronda del %1 con %2. Guarde las invitaciones o envíe borradores de correo para que los participantes lo sepan.</translation>
    </message>
    <message>
        <source>The round of %1 is started: %2, listed below.</source>
        <translation>La ronda del %1 está iniciada: %2 (vea la lista a continuación).</translation>
    </message>
    <message>
        <source>A round on %1: %2 due, who would meet in %3. Nothing is written until you start the round.</source>
        <translation>Una ronda el %1: les toca a %2, que se reunirían en %3. No se escribe nada hasta que inicie la ronda.</translation>
    </message>
    <message>
        <source>No partner could be found this time for %1; they are due again in the next round.</source>
        <translation>Esta vez no se encontró pareja para %1; les volverá a tocar en la próxima ronda.</translation>
    </message>
    <message>
        <source>No common free half hour within four weeks for %1: their working hours do not overlap enough. They are due again in the next round.</source>
        <translation>No hay media hora libre en común en cuatro semanas para %1: sus horarios de trabajo no coinciden lo suficiente. Les volverá a tocar en la próxima ronda.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a round&apos;s date and its number of meetings</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No mail program opened the draft. Save the invitations instead and send them from your calendar or mail program.</source>
        <translation>Ningún programa de correo abrió el borrador. Guarde las invitaciones y envíelas desde su programa de calendario o de correo.</translation>
    </message>
    <message>
        <source>Start the round first: a plan has no invitations yet.</source>
        <translation>Inicie primero la ronda: un plan aún no tiene invitaciones.</translation>
    </message>
    <message>
        <source>Choose a round in the list first.</source>
        <translation>Elija primero una ronda de la lista.</translation>
    </message>
    <message>
        <source>Save the invitations in a folder</source>
        <translation>Guardar las invitaciones en una carpeta</translation>
    </message>
    <message>
        <source>Quarter of the silo map</source>
        <translation>Trimestre del mapa de silos</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Trimestre:</translation>
    </message>
    <message>
        <source>Silo &amp;map</source>
        <translation>&amp;Mapa de silos</translation>
    </message>
    <message>
        <source>%1 (this quarter)</source>
        <translation>%1 (este trimestre)</translation>
    </message>
</context>
<context>
    <name>consentric::ui::SaveTemplateCommand</name>
    <message>
        <source>edit template “%1”</source>
        <translation>la edición de la plantilla «%1»</translation>
    </message>
    <message>
        <source>add template “%1”</source>
        <translation>la creación de la plantilla «%1»</translation>
    </message>
    <message>
        <source>Sign in as the owner or an admin to undo changes to templates.</source>
        <translation>Inicie sesión como propietario o administrador para deshacer cambios en las plantillas.</translation>
    </message>
    <message>
        <source>Sign in as the owner or an admin to redo changes to templates.</source>
        <translation>Inicie sesión como propietario o administrador para rehacer cambios en las plantillas.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::SetLevelsCommand</name>
    <message>
        <source>You are signed out; sign in again to undo or redo.</source>
        <translation>Ha cerrado la sesión; vuelva a iniciarla para deshacer o rehacer.</translation>
    </message>
    <message>
        <source>Change the sharing level to %1</source>
        <translation>Cambiar el nivel de uso compartido a %1</translation>
    </message>
</context>
<context>
    <name>consentric::ui::SetStatusCommand</name>
    <message>
        <source>mark %1 as left</source>
        <translation>la baja de %1</translation>
    </message>
    <message>
        <source>mark %1 as returned</source>
        <translation>la reincorporación de %1</translation>
    </message>
</context>
<context>
    <name>consentric::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Su frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Frase de contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new one:</source>
        <translation>&amp;Repita la nueva:</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>Cam&amp;biar la frase de contraseña</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>A recovery code opens your account if you forget your passphrase. Only you get to see it; the owner never does. Making a new one replaces the old one.</source>
        <translation>Un código de recuperación abre su cuenta si olvida su frase de contraseña. Solo usted puede verlo; el propietario, nunca. Al crear uno nuevo, se sustituye el anterior.</translation>
    </message>
    <message>
        <source>Make a recovery &amp;code…</source>
        <translation>Crear un &amp;código de recuperación…</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sign out after this long &amp;without use:</source>
        <translation>Cerrar la sesión tras este tiempo &amp;sin uso:</translation>
    </message>
    <message>
        <source>Someone forgot their passphrase</source>
        <translation>Alguien olvidó su frase de contraseña</translation>
    </message>
    <message>
        <source>There is no back door. Without their recovery code, the only help is a fresh account: their connections and private data are erased, and they start again with the passphrase you set here (tell it to them; they change it on the Settings page).</source>
        <translation>No hay ninguna puerta trasera. Sin su código de recuperación, la única ayuda es una cuenta nueva: se borran sus conexiones y datos privados, y esa persona empieza de nuevo con la frase de contraseña que usted indique aquí (comuníquesela; podrá cambiarla en la página «Configuración»).</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>&amp;Temporary passphrase:</source>
        <translation>Frase de contraseña &amp;temporal:</translation>
    </message>
    <message>
        <source>&amp;Give a fresh account…</source>
        <translation>Asi&amp;gnar una cuenta nueva…</translation>
    </message>
    <message>
        <source>Give a fresh account?</source>
        <translation>¿Asignar una cuenta nueva?</translation>
    </message>
    <message>
        <source>All connections and private data of %1 are erased for good, and the old passphrase stops working.</source>
        <translation>Todas las conexiones y los datos privados de %1 se borran definitivamente, y la frase de contraseña anterior deja de funcionar.</translation>
    </message>
    <message>
        <source>Erase and give a fresh account</source>
        <translation>Borrar y asignar una cuenta nueva</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Inicie sesión primero.</translation>
    </message>
    <message>
        <source>The two new passphrases differ. Type the same one twice.</source>
        <translation>Las dos frases de contraseña nuevas no coinciden. Escriba la misma dos veces.</translation>
    </message>
    <message>
        <source>Your passphrase is changed. Use the new one from now on.</source>
        <translation>Su frase de contraseña se ha cambiado. A partir de ahora, use la nueva.</translation>
    </message>
    <message>
        <source>%1 has a fresh account; %2 connections were erased.</source>
        <translation>%1 tiene una cuenta nueva; se borraron %2 conexiones.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::SetupDialog</name>
    <message>
        <source>Set up my organisation</source>
        <translation>Configurar mi organización</translation>
    </message>
    <message>
        <source>e.g. Harbor Lane Studio</source>
        <translation>p. ej., Harbor Lane Studio</translation>
    </message>
    <message>
        <source>One per line, e.g.
Sales
Engineering
Operations</source>
        <translation>Uno por línea, p. ej.:
Ventas
Ingeniería
Operaciones</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>su.nombre@example.com</translation>
    </message>
    <message>
        <source>e.g. Operations</source>
        <translation>p. ej., Operaciones</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Departments:</source>
        <translation>&amp;Departamentos:</translation>
    </message>
    <message>
        <source>Owner&apos;s &amp;name:</source>
        <translation>&amp;Nombre del propietario:</translation>
    </message>
    <message>
        <source>Owner&apos;s &amp;email:</source>
        <translation>&amp;Correo del propietario:</translation>
    </message>
    <message>
        <source>Owner&apos;s de&amp;partment:</source>
        <translation>De&amp;partamento del propietario:</translation>
    </message>
    <message>
        <source>You are the owner: you run the referral program. Employees decide what you may see of their networks.</source>
        <translation>Usted es el propietario: dirige el programa de recomendaciones. Los empleados deciden qué puede ver de sus redes.</translation>
    </message>
    <message>
        <source>Give the organisation a name.</source>
        <translation>Asigne un nombre a la organización.</translation>
    </message>
    <message>
        <source>At least %1 characters; a few unrelated words work well</source>
        <translation>Al menos %1 caracteres; unas cuantas palabras sin relación entre sí funcionan bien</translation>
    </message>
    <message>
        <source>Owner&apos;s pass&amp;phrase:</source>
        <translation>&amp;Frase de contraseña del propietario:</translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>Las dos frases de contraseña no coinciden. Escriba la misma dos veces.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Forgot your passphrase? Use your recovery code…</source>
        <translation>¿Olvidó su frase de contraseña? Use su código de recuperación…</translation>
    </message>
    <message>
        <source>&amp;Who are you?</source>
        <translation>¿&amp;Quién es usted?</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Iniciar sesión en %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Choose yourself, or type your email</source>
        <translation>Elija su nombre o escriba su correo electrónico</translation>
    </message>
    <message>
        <source>Choose yourself in the list, or type your email address.</source>
        <translation>Elija su nombre en la lista o escriba su dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Escriba su frase de contraseña.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
</context>
<context>
    <name>consentric::ui::SiloMapPanel</name>
    <message>
        <source>Silo map: one-to-ones between departments</source>
        <translation>Mapa de silos: reuniones uno a uno entre departamentos</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>sin reunirse</translation>
    </message>
    <message>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>dos veces</translation>
    </message>
    <message>
        <source>three times or more</source>
        <translation>tres veces o más</translation>
    </message>
    <message>
        <source>within one department (the diagonal)</source>
        <translation>dentro de un mismo departamento (la diagonal)</translation>
    </message>
    <message>
        <source>Which departments met in one-to-ones in %1 (%2 to %3), counting meetings whose time has come.</source>
        <translation>Qué departamentos se reunieron en reuniones uno a uno en %1 (del %2 al %3), contando las reuniones cuyo momento ha llegado.</translation>
    </message>
    <message>
        <source>Within %1: %2</source>
        <translation>Dentro de %1: %2</translation>
    </message>
    <message>
        <source>%1 and %2: %3</source>
        <translation>%1 y %2: %3</translation>
    </message>
    <message>
        <source>The organisation has no departments yet: add people with their departments on the Team page.</source>
        <translation>La organización aún no tiene departamentos: añada personas con sus departamentos en la página «Equipo».</translation>
    </message>
    <message>
        <source>No one-to-one has taken place this quarter yet. Start a round under New round; the map fills in as the meetings&apos; times come.</source>
        <translation>Todavía no se ha celebrado ninguna reunión uno a uno este trimestre. Inicie una ronda en «Nueva ronda»; el mapa se irá llenando a medida que llegue el momento de las reuniones.</translation>
    </message>
    <message>
        <source>%1 (%2% of the %3 employees)</source>
        <translation>%1 (%2 % de los %3 empleados)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Members now</source>
        <translation>Miembros actuales</translation>
    </message>
    <message>
        <source>Across departments</source>
        <translation>Entre departamentos</translation>
    </message>
    <message>
        <source>Held rate</source>
        <translation>Tasa de celebración</translation>
    </message>
    <message>
        <source>this quarter</source>
        <translation>este trimestre</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>No one-to-one took place in %1.</source>
        <translation>No se celebró ninguna reunión uno a uno en %1.</translation>
    </message>
    <message>
        <source>%1 of 1 pair of departments has met %2.</source>
        <translation>Pares de departamentos que se han reunido %2: %1 de 1.</translation>
    </message>
    <message>
        <source>%1 of %2 pairs of departments have met %3.</source>
        <translation>Pares de departamentos que se han reunido %3: %1 de %2.</translation>
    </message>
    <message>
        <source>Rounds dated in %1</source>
        <translation>Rondas con fecha en %1</translation>
    </message>
    <message>
        <source>One-to-ones arranged in %1</source>
        <translation>Reuniones uno a uno organizadas en %1</translation>
    </message>
    <message>
        <source>hidden: %1 people marked their meetings in any month</source>
        <translation>oculto: %1 personas marcaron sus reuniones en un mes</translation>
    </message>
</context>
<context>
    <name>consentric::ui::StepDialog</name>
    <message>
        <source>Record the outcome</source>
        <translation>Registrar el resultado</translation>
    </message>
    <message>
        <source>Record the meeting</source>
        <translation>Registrar la reunión</translation>
    </message>
    <message>
        <source>&amp;Date of the outcome:</source>
        <translation>&amp;Fecha del resultado:</translation>
    </message>
    <message>
        <source>&amp;Date of the meeting:</source>
        <translation>&amp;Fecha de la reunión:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>The colleague who made the introduction sees this step in their inbox.</source>
        <translation>El compañero que hizo la presentación ve este paso en su bandeja de entrada.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
</context>
<context>
    <name>consentric::ui::TargetDialog</name>
    <message>
        <source>A &amp;company: ask whoever on the team can help</source>
        <translation>Una &amp;empresa: preguntar a quien pueda ayudar en el equipo</translation>
    </message>
    <message>
        <source>A &amp;person someone shared: ask that employee</source>
        <translation>Una &amp;persona que alguien compartió: preguntar a ese empleado</translation>
    </message>
    <message>
        <source>&amp;Send the request now</source>
        <translation>Enviar la solicitud a&amp;hora</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>Nuevo objetivo</translation>
    </message>
    <message>
        <source>Company name, e.g. Acme Inc.</source>
        <translation>Nombre de la empresa, p. ej., Acme Inc.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3&apos;s connection)</source>
        <translation>%1 — %2 (conexión de %3)</translation>
    </message>
    <message>
        <source>no company</source>
        <translation>sin empresa</translation>
    </message>
    <message>
        <source>Why the business would like this introduction. The employee reads it before deciding.</source>
        <translation>Por qué la empresa quiere esta presentación. El empleado lo lee antes de decidir.</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Empresa:</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Conexión:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>Añadir objetivo</translation>
    </message>
    <message>
        <source>Everyone taking part who chose to make a connection there discoverable or shared is asked privately. You learn who only when someone accepts.</source>
        <translation>Se pregunta en privado a todos los participantes que decidieron hacer descubrible o compartir una conexión en esa empresa. Usted solo sabe quién es cuando alguien acepta.</translation>
    </message>
    <message>
        <source>Only the employee who shared this connection is asked. Until they accept, the request shows as open; if nothing comes of it, it closes at its expiry without saying why.</source>
        <translation>Solo se pregunta al empleado que compartió esta conexión. Hasta que acepte, la solicitud aparece como abierta; si no sale nada, se cierra al caducar sin indicar por qué.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::TeamModel</name>
    <message>
        <source>left</source>
        <translation>de baja</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>Connections %1 chose to share with the business</source>
        <translation>Conexiones que %1 decidió compartir con la empresa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Shared connections</source>
        <translation>Conexiones compartidas</translation>
    </message>
</context>
<context>
    <name>consentric::ui::TeamPage</name>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;Añadir persona…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Mark as &amp;left…</source>
        <translation>Dar de &amp;baja…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Participation by department</source>
        <translation>Participación por departamento</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Search people (Ctrl+F)</source>
        <translation>Buscar personas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Buscar personas</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>De baja</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Add a person to the team (Insert)</source>
        <translation>Añadir una persona al equipo (Insert)</translation>
    </message>
    <message>
        <source>Edit the selected person (Enter)</source>
        <translation>Editar la persona seleccionada (Intro)</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;Nobody is on the team yet.&lt;/p&gt;&lt;p&gt;Add the first person with &lt;b&gt;Add person…&lt;/b&gt; (Insert), or load the demo company from the File menu&apos;s &lt;b&gt;New database…&lt;/b&gt; to look around first.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;Todavía no hay nadie en el equipo.&lt;/p&gt;&lt;p&gt;Añada a la primera persona con &lt;b&gt;Añadir persona…&lt;/b&gt; (Insert) o, para echar un vistazo primero, cargue la empresa de demostración desde &lt;b&gt;Nueva base de datos…&lt;/b&gt; en el menú Archivo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>Por departamento</translation>
    </message>
    <message>
        <source>Who takes part in the referral program, and how many connections people made discoverable, are shown only per department. A figure that concerns fewer than 3 people reads “fewer than 3”.</source>
        <translation>Quién participa en el programa de recomendaciones y cuántas conexiones se han hecho descubribles solo se muestra por departamento. Una cifra que afecta a menos de 3 personas aparece como «menos de 3».</translation>
    </message>
    <message>
        <source>Mark as &amp;returned</source>
        <translation>&amp;Reincorporar</translation>
    </message>
    <message>
        <source>Added %1 to the team.</source>
        <translation>%1 se añadió al equipo.</translation>
    </message>
    <message>
        <source>That person no longer exists.</source>
        <translation>Esa persona ya no existe.</translation>
    </message>
    <message>
        <source>Mark %1 as having left?</source>
        <translation>¿Dar de baja a %1?</translation>
    </message>
    <message>
        <source>%1 will be shown as having left and no longer counts in any figure. Their account and connections stay until they are erased; you can undo this (Ctrl+Z).</source>
        <translation>%1 aparecerá como de baja y ya no contará en ninguna cifra. Su cuenta y sus conexiones se conservan hasta que se borren; puede deshacerlo (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Mark as left</source>
        <translation>Dar de baja</translation>
    </message>
</context>
<context>
    <name>consentric::ui::TemplateEditor</name>
    <message>
        <source>&amp;Active: employees can choose this template</source>
        <translation>&amp;Activa: los empleados pueden elegir esta plantilla</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nombre de la plantilla</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Aviso de transparencia</translation>
    </message>
    <message>
        <source>Opt-out line</source>
        <translation>Línea de exclusión</translation>
    </message>
    <message>
        <source>Why the employee is writing, and on whose behalf</source>
        <translation>Por qué escribe el empleado y en nombre de quién</translation>
    </message>
    <message>
        <source>How the recipient can say no to further contact</source>
        <translation>Cómo puede el destinatario rechazar más contactos</translation>
    </message>
    <message>
        <source>Always sent after the body. Required before the template can be active.</source>
        <translation>Siempre se envía después del cuerpo. Es obligatorio para que la plantilla pueda estar activa.</translation>
    </message>
    <message>
        <source>Always sent last. Required before the template can be active.</source>
        <translation>Siempre se envía al final. Es obligatoria para que la plantilla pueda estar activa.</translation>
    </message>
    <message>
        <source>Insert &amp;placeholder</source>
        <translation>Insertar &amp;marcador</translation>
    </message>
    <message>
        <source>Insert a placeholder where the cursor is in the subject, body, disclosure or opt-out line</source>
        <translation>Insertar un marcador donde está el cursor en el asunto, el cuerpo, el aviso de transparencia o la línea de exclusión</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>A&amp;sunto:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Cuerpo:</translation>
    </message>
    <message>
        <source>&amp;Disclosure:</source>
        <translation>Aviso de t&amp;ransparencia:</translation>
    </message>
    <message>
        <source>&amp;Opt-out line:</source>
        <translation>&amp;Línea de exclusión:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt; with sample details. The disclosure and the opt-out line always follow the body.</source>
        <translation>&lt;b&gt;Vista previa&lt;/b&gt; con datos de ejemplo. El aviso de transparencia y la línea de exclusión siempre van después del cuerpo.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>A draft: employees are not offered it. It can be made active once it has a disclosure and an opt-out line.</source>
        <translation>Un borrador: no se ofrece a los empleados. Puede activarse cuando tenga un aviso de transparencia y una línea de exclusión.</translation>
    </message>
    <message>
        <source>A draft: employees are not offered it until you tick Active and save.</source>
        <translation>Un borrador: no se ofrece a los empleados hasta que marque «Activa» y guarde.</translation>
    </message>
</context>
<context>
    <name>consentric::ui::TemplatesModel</name>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>Employees can choose this template.</source>
        <translation>Los empleados pueden elegir esta plantilla.</translation>
    </message>
    <message>
        <source>Not offered to employees until it is made active.</source>
        <translation>No se ofrece a los empleados hasta que se active.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>consentric::ui::TemplatesPage</name>
    <message>
        <source>&amp;New template</source>
        <translation>Nue&amp;va plantilla</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplicar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Restabl&amp;ecer</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <source>Show templates in</source>
        <translation>Mostrar plantillas en</translation>
    </message>
    <message>
        <source>Write a new template (it starts as a draft)</source>
        <translation>Escribir una plantilla nueva (empieza como borrador)</translation>
    </message>
    <message>
        <source>Start a new draft from the template being edited</source>
        <translation>Empezar un borrador nuevo a partir de la plantilla que se está editando</translation>
    </message>
    <message>
        <source>Save the template (Ctrl+S); you can undo it (Ctrl+Z)</source>
        <translation>Guardar la plantilla (Ctrl+S); puede deshacerlo (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Go back to the template as it was last saved</source>
        <translation>Volver a la plantilla tal como se guardó por última vez</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;No templates in this language yet.&lt;/p&gt;&lt;p&gt;Click &lt;b&gt;New template&lt;/b&gt; to write one, or show another language. Every template needs a disclosure (why the employee is writing, and for whom) and an opt-out line before employees can use it.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;Todavía no hay plantillas en este idioma.&lt;/p&gt;&lt;p&gt;Haga clic en &lt;b&gt;Nueva plantilla&lt;/b&gt; para escribir una o muestre otro idioma. Cada plantilla necesita un aviso de transparencia (por qué escribe el empleado y para quién) y una línea de exclusión antes de que los empleados puedan usarla.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The words employees start from when they introduce someone. They send the message from their own mail program and may change it; Consentric sends nothing itself.</source>
        <translation>Las palabras de las que parten los empleados cuando presentan a alguien. Envían el mensaje desde su propio programa de correo y pueden cambiarlo; Consentric no envía nada por sí mismo.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Discard your changes to “%1”?</source>
        <translation>¿Descartar los cambios en «%1»?</translation>
    </message>
    <message>
        <source>The changes to “%1” are not saved. Discard them, or go back and save them (Ctrl+S).</source>
        <translation>Los cambios en «%1» no están guardados. Descártelos, o vuelva atrás y guárdelos (Ctrl+S).</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nueva plantilla</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Sign in as the owner or an admin to change templates.</source>
        <translation>Inicie sesión como propietario o administrador para cambiar las plantillas.</translation>
    </message>
    <message>
        <source>The template was saved but could not be read back; the list was refreshed.</source>
        <translation>La plantilla se guardó, pero no se pudo volver a leer; se actualizó la lista.</translation>
    </message>
    <message>
        <source>Saved the template “%1”.</source>
        <translation>Se guardó la plantilla «%1».</translation>
    </message>
</context>
<context>
    <name>consentric::ui::WelcomePage</name>
    <message>
        <source>Welcome to Consentric</source>
        <translation>Le damos la bienvenida a Consentric</translation>
    </message>
    <message>
        <source>Referrals and warm introductions through your team&apos;s networks, with every employee deciding, connection by connection, what the business may see.</source>
        <translation>Recomendaciones y presentaciones personales a través de las redes de su equipo: cada empleado decide, conexión por conexión, qué puede ver la empresa.</translation>
    </message>
    <message>
        <source>Load the &amp;demo company</source>
        <translation>Cargar la empresa de &amp;demostración</translation>
    </message>
    <message>
        <source>A made-up company of 12 people with their connections, to look around safely.</source>
        <translation>Una empresa ficticia de 12 personas con sus conexiones, para explorar sin riesgo.</translation>
    </message>
    <message>
        <source>&amp;Set up my organisation…</source>
        <translation>&amp;Configurar mi organización…</translation>
    </message>
    <message>
        <source>Name your organisation, its departments and its owner.</source>
        <translation>Indique el nombre de su organización, sus departamentos y su propietario.</translation>
    </message>
    <message>
        <source>This database is empty: %1</source>
        <translation>Esta base de datos está vacía: %1</translation>
    </message>
</context>
</TS>
