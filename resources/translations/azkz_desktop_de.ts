<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Event titles, summaries and quoted sources are in English or in their documents&apos; languages; the app&apos;s own words follow View → Language.</source>
        <translation>Titel, Zusammenfassungen und zitierte Quellen der Ereignisse sind auf Englisch oder in der Sprache ihres Dokuments; die Texte der App selbst richten sich nach Ansicht → Sprache.</translation>
    </message>
    <message>
        <source>Qt has no Azerbaijani catalogue: its standard dialog buttons stay in English.</source>
        <translation>Für Qt gibt es keine aserbaidschanische Übersetzung: Die Schaltflächen der Standarddialoge bleiben englisch.</translation>
    </message>
    <message>
        <source>The history of Azerbaijan–Kazakhstan relations, offline. Every event cites its source.</source>
        <translation>Die Geschichte der aserbaidschanisch-kasachischen Beziehungen, offline. Jedes Ereignis nennt seine Quelle.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Built: %1 (schema version %2)</source>
        <translation>Erstellt: %1 (Schemaversion %2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Bundled documents:</source>
        <translation>Mitgelieferte Dokumente:</translation>
    </message>
    <message>
        <source>The licence file %1 cannot be read (%2). The code is MIT; the data is CC BY-SA 4.0.</source>
        <translation>Die Lizenzdatei %1 kann nicht gelesen werden (%2). Der Code steht unter MIT, die Daten unter CC BY-SA 4.0.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About azkz-desktop</source>
        <translation>Über azkz-desktop</translation>
    </message>
</context>
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Search events and documents</source>
        <translation>Ereignisse und Dokumente durchsuchen</translation>
    </message>
    <message>
        <source>Type words; Enter selects the first event found</source>
        <translation>Wörter eingeben; die Eingabetaste wählt das erste gefundene Ereignis aus</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Year, year-month or full date, such as 2004 or 2004-03</source>
        <translation>Jahr, Jahr-Monat oder vollständiges Datum, etwa 2004 oder 2004-03</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>Year, year-month or full date, such as 2024 or 2024-12-31</source>
        <translation>Jahr, Jahr-Monat oder vollständiges Datum, etwa 2024 oder 2024-12-31</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Person suchen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Tick names to show only their events</source>
        <translation>Namen ankreuzen, um nur ihre Ereignisse anzuzeigen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>The events shown, by date; Enter shows one&apos;s details</source>
        <translation>Die angezeigten Ereignisse nach Datum; die Eingabetaste zeigt die Details</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>The current event and its sources</source>
        <translation>Das aktuelle Ereignis und seine Quellen</translation>
    </message>
    <message>
        <source>Filter documents</source>
        <translation>Dokumente filtern</translation>
    </message>
    <message>
        <source>By title, outlet or date</source>
        <translation>Nach Titel, Medium oder Datum</translation>
    </message>
    <message>
        <source>Sort documents</source>
        <translation>Dokumente sortieren</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>Dokumenttext</translation>
    </message>
    <message>
        <source>Events citing this document</source>
        <translation>Ereignisse, die dieses Dokument zitieren</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Trade chart</source>
        <translation>Handelsdiagramm</translation>
    </message>
    <message>
        <source>View, Show Figures as Table, reads the same figures as a table</source>
        <translation>Ansicht → Zahlen als Tabelle anzeigen gibt dieselben Zahlen als Tabelle aus</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Diplomacy</source>
        <translation>Diplomatie</translation>
    </message>
    <message>
        <source>Treaties &amp; law</source>
        <translation>Verträge &amp; Recht</translation>
    </message>
    <message>
        <source>Economy &amp; trade</source>
        <translation>Wirtschaft &amp; Handel</translation>
    </message>
    <message>
        <source>Energy &amp; transport</source>
        <translation>Energie &amp; Verkehr</translation>
    </message>
    <message>
        <source>Culture &amp; society</source>
        <translation>Kultur &amp; Gesellschaft</translation>
    </message>
    <message>
        <source>Conflict &amp; security</source>
        <translation>Konflikt &amp; Sicherheit</translation>
    </message>
</context>
<context>
    <name>CategoryMenu</name>
    <message>
        <source>Show All</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <source>Show None</source>
        <translation>Keine anzeigen</translation>
    </message>
    <message>
        <source>Show Only</source>
        <translation>Nur anzeigen</translation>
    </message>
</context>
<context>
    <name>CitingActions</name>
    <message>
        <source>Chicago (Author-Date)</source>
        <translation>Chicago (Autor-Jahr)</translation>
    </message>
    <message>
        <source>APA</source>
        <translation>APA</translation>
    </message>
    <message>
        <source>all events</source>
        <translation>alle Ereignisse</translation>
    </message>
    <message>
        <source>Export Citatio&amp;ns…</source>
        <translation>&amp;Quellenangaben exportieren…</translation>
    </message>
    <message>
        <source>Copy &amp;Citation</source>
        <translation>Quellenangabe &amp;kopieren</translation>
    </message>
    <message>
        <source>The sources of the current event, in the citation style</source>
        <translation>Die Quellen des aktuellen Ereignisses im gewählten Zitierstil</translation>
    </message>
    <message>
        <source>Copy &amp;Link to Event</source>
        <translation>Li&amp;nk zum Ereignis kopieren</translation>
    </message>
    <message>
        <source>Citation St&amp;yle</source>
        <translation>&amp;Zitierstil</translation>
    </message>
    <message>
        <source>Wrote %1 citations to %2</source>
        <translation>%1 Quellenangaben in %2 geschrieben</translation>
    </message>
    <message>
        <source>CSL-JSON (*.json)</source>
        <translation>CSL-JSON (*.json)</translation>
    </message>
    <message>
        <source>BibTeX / biblatex (*.bib)</source>
        <translation>BibTeX / biblatex (*.bib)</translation>
    </message>
    <message>
        <source>RIS (*.ris)</source>
        <translation>RIS (*.ris)</translation>
    </message>
    <message>
        <source>Export Citations</source>
        <translation>Quellenangaben exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Select an event to copy its citation</source>
        <translation>Wählen Sie ein Ereignis, um seine Quellenangabe zu kopieren</translation>
    </message>
    <message>
        <source>Cannot format the citation</source>
        <translation>Die Quellenangabe kann nicht formatiert werden</translation>
    </message>
    <message>
        <source>Copied the citation</source>
        <translation>Quellenangabe kopiert</translation>
    </message>
    <message>
        <source>Select an event to copy a link to it</source>
        <translation>Wählen Sie ein Ereignis, um einen Link darauf zu kopieren</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>Copy Citation (%1)</source>
        <translation>Quellenangabe kopieren (%1)</translation>
    </message>
</context>
<context>
    <name>ControlsHelp</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Mouse wheel, pinch</source>
        <translation>Mausrad, Zwei-Finger-Zoom</translation>
    </message>
    <message>
        <source>Zoom around the pointer</source>
        <translation>Um den Zeiger zoomen</translation>
    </message>
    <message>
        <source>Drag, Shift+wheel, Shift+Left/Right</source>
        <translation>Ziehen, Umschalt+Rad, Umschalt+Links/Rechts</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>+ and -</source>
        <translation>+ und -</translation>
    </message>
    <message>
        <source>Zoom in and out</source>
        <translation>Hinein- und herauszoomen</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Strg+0</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Alles einpassen</translation>
    </message>
    <message>
        <source>Z</source>
        <translation>Z</translation>
    </message>
    <message>
        <source>Zoom to the selection</source>
        <translation>Auf die Auswahl zoomen</translation>
    </message>
    <message>
        <source>Click</source>
        <translation>Klicken</translation>
    </message>
    <message>
        <source>Select an event</source>
        <translation>Ein Ereignis auswählen</translation>
    </message>
    <message>
        <source>Ctrl+click</source>
        <translation>Strg+Klick</translation>
    </message>
    <message>
        <source>Add an event to the selection, or take it out</source>
        <translation>Ein Ereignis zur Auswahl hinzufügen oder herausnehmen</translation>
    </message>
    <message>
        <source>Click a cluster</source>
        <translation>Auf eine Gruppe klicken</translation>
    </message>
    <message>
        <source>Zoom into it</source>
        <translation>Hineinzoomen</translation>
    </message>
    <message>
        <source>Ctrl+click a cluster</source>
        <translation>Strg+Klick auf eine Gruppe</translation>
    </message>
    <message>
        <source>Select its events</source>
        <translation>Die Ereignisse der Gruppe auswählen</translation>
    </message>
    <message>
        <source>Shift+drag</source>
        <translation>Umschalt+Ziehen</translation>
    </message>
    <message>
        <source>Select every event in a span (replaces the selection)</source>
        <translation>Alle Ereignisse eines Zeitraums auswählen (ersetzt die Auswahl)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+drag</source>
        <translation>Strg+Umschalt+Ziehen</translation>
    </message>
    <message>
        <source>Add every event in a span to the selection</source>
        <translation>Alle Ereignisse eines Zeitraums zur Auswahl hinzufügen</translation>
    </message>
    <message>
        <source>Left/Right</source>
        <translation>Links/Rechts</translation>
    </message>
    <message>
        <source>Previous/next event (its details show at once)</source>
        <translation>Vorheriges/nächstes Ereignis (die Details erscheinen sofort)</translation>
    </message>
    <message>
        <source>Enter, double-click</source>
        <translation>Eingabe, Doppelklick</translation>
    </message>
    <message>
        <source>Bring the detail pane forward, opening it if it was closed</source>
        <translation>Den Detailbereich in den Vordergrund holen und ihn öffnen, falls er geschlossen ist</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Auswahl aufheben</translation>
    </message>
    <message>
        <source>Right-click a lane&apos;s name</source>
        <translation>Rechtsklick auf den Namen einer Spur</translation>
    </message>
    <message>
        <source>Move or hide the lane</source>
        <translation>Die Spur verschieben oder ausblenden</translation>
    </message>
    <message>
        <source>Moving around the window</source>
        <translation>Im Fenster navigieren</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Next/previous area: search, filters, tabs, timeline, overview, list, details</source>
        <translation>Nächster/vorheriger Bereich: Suche, Filter, Reiter, Zeitleiste, Übersicht, Liste, Details</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>Move inside the list, the timeline or a menu</source>
        <translation>In der Liste, der Zeitleiste oder einem Menü navigieren</translation>
    </message>
    <message>
        <source>Ctrl+1, Ctrl+2, Ctrl+3</source>
        <translation>Strg+1, Strg+2, Strg+3</translation>
    </message>
    <message>
        <source>Timeline, Documents, Trade</source>
        <translation>Zeitleiste, Dokumente, Handel</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Strg+Umschalt+T</translation>
    </message>
    <message>
        <source>Trade figures as a table, or the chart again</source>
        <translation>Handelszahlen als Tabelle oder wieder als Diagramm</translation>
    </message>
    <message>
        <source>Search and filters</source>
        <translation>Suche und Filter</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Strg+F</translation>
    </message>
    <message>
        <source>Search titles, summaries and documents as you type</source>
        <translation>Titel, Zusammenfassungen und Dokumente beim Tippen durchsuchen</translation>
    </message>
    <message>
        <source>Enter in the search field</source>
        <translation>Eingabe im Suchfeld</translation>
    </message>
    <message>
        <source>Select the first hit</source>
        <translation>Den ersten Treffer auswählen</translation>
    </message>
    <message>
        <source>Esc in the search field</source>
        <translation>Esc im Suchfeld</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Categories, People, From/To</source>
        <translation>Kategorien, Personen, Ab/Bis</translation>
    </message>
    <message>
        <source>Narrow every view, the count and the export</source>
        <translation>Schränken jede Ansicht, die Anzahl und den Export ein</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Strg+Umschalt+L</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Alle Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Click a highlighted passage</source>
        <translation>Auf eine hervorgehobene Passage klicken</translation>
    </message>
    <message>
        <source>Select the events it backs</source>
        <translation>Die Ereignisse auswählen, die sie belegt</translation>
    </message>
    <message>
        <source>Open in Document (detail pane)</source>
        <translation>Im Dokument öffnen (Detailbereich)</translation>
    </message>
    <message>
        <source>Show the quoted passage in its document</source>
        <translation>Die zitierte Passage in ihrem Dokument anzeigen</translation>
    </message>
    <message>
        <source>Copy Address, Copy Citation</source>
        <translation>Adresse kopieren, Quellenangabe kopieren</translation>
    </message>
    <message>
        <source>Put a source&apos;s full address or a citation on the clipboard</source>
        <translation>Die volle Adresse einer Quelle oder eine Quellenangabe in die Zwischenablage legen</translation>
    </message>
    <message>
        <source>Your workspace</source>
        <translation>Ihr Arbeitsbereich</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Star the selected events, or unstar them (also in the context menus)</source>
        <translation>Ausgewählte Ereignisse mit Stern markieren oder den Stern entfernen (auch in den Kontextmenüs)</translation>
    </message>
    <message>
        <source>★ in the filter bar</source>
        <translation>★ in der Filterleiste</translation>
    </message>
    <message>
        <source>Show only starred events, with the other filters</source>
        <translation>Nur Ereignisse mit Stern anzeigen, zusammen mit den anderen Filtern</translation>
    </message>
    <message>
        <source>Type in My note (detail pane)</source>
        <translation>In „Meine Notiz“ schreiben (Detailbereich)</translation>
    </message>
    <message>
        <source>Write a note; it is saved as you type</source>
        <translation>Eine Notiz schreiben; sie wird beim Tippen gespeichert</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Strg+N</translation>
    </message>
    <message>
        <source>Add an event of your own</source>
        <translation>Ein eigenes Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>Ctrl+Z, Ctrl+Shift+Z</source>
        <translation>Strg+Z, Strg+Umschalt+Z</translation>
    </message>
    <message>
        <source>Undo and redo stars, notes and your own events</source>
        <translation>Sterne, Notizen und eigene Ereignisse rückgängig machen und wiederherstellen</translation>
    </message>
    <message>
        <source>Overview strip</source>
        <translation>Übersichtsleiste</translation>
    </message>
    <message>
        <source>Drag the frame, click</source>
        <translation>Rahmen ziehen, klicken</translation>
    </message>
    <message>
        <source>Move the timeline</source>
        <translation>Die Zeitleiste verschieben</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>Mausrad</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoomen</translation>
    </message>
    <message>
        <source>Tab from the timeline</source>
        <translation>Tab von der Zeitleiste aus</translation>
    </message>
    <message>
        <source>Give the strip the keyboard (a ring shows it has it)</source>
        <translation>Der Leiste die Tastatur geben (ein Rahmen um sie zeigt es an)</translation>
    </message>
    <message>
        <source>Left/Right, Page Up/Page Down</source>
        <translation>Links/Rechts, Bild auf/Bild ab</translation>
    </message>
    <message>
        <source>Move the timeline by a step, or by a whole window</source>
        <translation>Die Zeitleiste um einen Schritt oder um den ganzen Ausschnitt verschieben</translation>
    </message>
    <message>
        <source>Home, End</source>
        <translation>Pos1, Ende</translation>
    </message>
    <message>
        <source>Go to the start or the end of the period</source>
        <translation>Zum Anfang oder Ende des Zeitraums gehen</translation>
    </message>
    <message>
        <source>Keyboard and Mouse</source>
        <translation>Tastatur und Maus</translation>
    </message>
    <message>
        <source>Keys or mouse</source>
        <translation>Tasten oder Maus</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Funktion</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources</source>
        <translation>
            <numerusform>%n Quelle</numerusform>
            <numerusform>%n Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected events</source>
        <translation>
            <numerusform>%n ausgewähltes Ereignis</numerusform>
            <numerusform>%n ausgewählte Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events from %1</source>
        <translation>
            <numerusform>%n Ereignis im Zeitraum %1</numerusform>
            <numerusform>%n Ereignisse im Zeitraum %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source citations</source>
        <translation>
            <numerusform>%n Quellenangabe</numerusform>
            <numerusform>%n Quellenangaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trade figures</source>
        <translation>
            <numerusform>%n Handelszahl</numerusform>
            <numerusform>%n Handelszahlen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starred</source>
        <translation>
            <numerusform>%n mit Stern</numerusform>
            <numerusform>%n mit Stern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import of %n Events</source>
        <translation>
            <numerusform>Import von %n Ereignis</numerusform>
            <numerusform>Import von %n Ereignissen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events, %1</source>
        <translation>
            <numerusform>%n Ereignis, %1</numerusform>
            <numerusform>%n Ereignisse, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n selected</source>
        <translation>
            <numerusform>%1 von %n ausgewählt</numerusform>
            <numerusform>%1 von %n ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plus %n cited public reports (see each event&apos;s sources).</source>
        <translation>
            <numerusform>Dazu %n zitierte Veröffentlichung (siehe die Quellen der Ereignisse).</numerusform>
            <numerusform>Dazu %n zitierte Veröffentlichungen (siehe die Quellen der Ereignisse).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>%1: %2 rows can be imported as your own events, %3 rows are rejected.</source>
        <translation>%1: %2 Zeilen können als eigene Ereignisse importiert werden, %3 Zeilen werden abgelehnt.</translation>
    </message>
    <message>
        <source>Importing adds the accepted rows only, all at once.</source>
        <translation>Der Import fügt nur die angenommenen Zeilen hinzu, alle auf einmal.</translation>
    </message>
    <message>
        <source>Columns not used: %1.</source>
        <translation>Nicht verwendete Spalten: %1.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Accepted (%1)</source>
        <translation>Angenommen (%1)</translation>
    </message>
    <message>
        <source>Why it is rejected</source>
        <translation>Grund der Ablehnung</translation>
    </message>
    <message>
        <source>Rejected (%1)</source>
        <translation>Abgelehnt (%1)</translation>
    </message>
    <message>
        <source>Import %1 Events</source>
        <translation>%1 Ereignisse importieren</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>People: {0}</source>
        <translation>Personen: {0}</translation>
    </message>
    <message>
        <source>Organisations: {0}</source>
        <translation>Organisationen: {0}</translation>
    </message>
    <message>
        <source>Countries: {0}</source>
        <translation>Länder: {0}</translation>
    </message>
    <message>
        <source>Also named: {0}</source>
        <translation>Ebenfalls genannt: {0}</translation>
    </message>
    <message>
        <source>Select an event on the timeline or in the list to read it and its sources.</source>
        <translation>Wählen Sie ein Ereignis in der Zeitleiste oder der Liste, um es und seine Quellen zu lesen.</translation>
    </message>
    <message>
        <source>held within: {0}</source>
        <translation>im Rahmen von: {0}</translation>
    </message>
    <message>
        <source>Event texts are in English; quotes as their sources wrote them.</source>
        <translation>Die Ereignistexte sind auf Englisch; Zitate stehen so, wie ihre Quellen sie schrieben.</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Anmerkung: %1</translation>
    </message>
    <message>
        <source>Related: %1</source>
        <translation>Verwandtes Ereignis: %1</translation>
    </message>
    <message>
        <source>Show this related event</source>
        <translation>Dieses verwandte Ereignis anzeigen</translation>
    </message>
    <message>
        <source>Sources (%1)</source>
        <translation>Quellen (%1)</translation>
    </message>
    <message>
        <source>… and %1 more sources, not listed here</source>
        <translation>… und %1 weitere Quellen, hier nicht aufgeführt</translation>
    </message>
    <message>
        <source>{year} ({period}: half a year)</source>
        <translation>{year} ({period}: ein Halbjahr)</translation>
    </message>
    <message>
        <source>{measure}: ${value} million</source>
        <translation>{measure}: {value} Mio. $</translation>
    </message>
    <message>
        <source>Growth of turnover: {rate}%</source>
        <translation>Wachstum des Handelsvolumens: {rate} %</translation>
    </message>
    <message>
        <source>Trade figure</source>
        <translation>Handelszahl</translation>
    </message>
    <message>
        <source>Basis: {name}</source>
        <translation>Grundlage: {name}</translation>
    </message>
    <message>
        <source>Given by: {who}</source>
        <translation>Angegeben von: {who}</translation>
    </message>
    <message>
        <source>Year: {note}</source>
        <translation>Jahr: {note}</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message numerus="yes">
        <source>%n events selected</source>
        <translation>
            <numerusform>%n Ereignis ausgewählt</numerusform>
            <numerusform>%n Ereignisse ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation>Aserbaidschanisch</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Kasachisch</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Türkisch</translation>
    </message>
    <message>
        <source>unknown language</source>
        <translation>Sprache unbekannt</translation>
    </message>
    <message>
        <source>By date</source>
        <translation>Nach Datum</translation>
    </message>
    <message>
        <source>By title</source>
        <translation>Nach Titel</translation>
    </message>
    <message>
        <source>By outlet</source>
        <translation>Nach Medium</translation>
    </message>
    <message>
        <source>Filter by title, outlet or date…</source>
        <translation>Nach Titel, Medium oder Datum filtern…</translation>
    </message>
    <message>
        <source>Order of the documents in each group</source>
        <translation>Reihenfolge der Dokumente in jeder Gruppe</translation>
    </message>
    <message>
        <source>Full-text documents</source>
        <translation>Volltextdokumente</translation>
    </message>
    <message>
        <source>Cited public reports</source>
        <translation>Zitierte Veröffentlichungen</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>A public report: its text is not stored, only what it states (above).</source>
        <translation>Eine Veröffentlichung: Gespeichert ist nur, was sie aussagt (oben), nicht ihr Text.</translation>
    </message>
    <message numerus="yes">
        <source>%n highlighted passages</source>
        <translation>
            <numerusform>%n hervorgehobene Passage</numerusform>
            <numerusform>%n hervorgehobene Passagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>back %n events</source>
        <translation>
            <numerusform>als Beleg für %n Ereignis</numerusform>
            <numerusform>als Beleg für %n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %1 of %2 characters are shown.</source>
        <translation>Nur die ersten %1 von %2 Zeichen werden angezeigt.</translation>
    </message>
    <message>
        <source>Filters cleared to show the events this passage backs</source>
        <translation>Filter zurückgesetzt, um die von dieser Passage belegten Ereignisse anzuzeigen</translation>
    </message>
    <message numerus="yes">
        <source>Cited by %n events:</source>
        <translation>
            <numerusform>Zitiert von %n Ereignis:</numerusform>
            <numerusform>Zitiert von %n Ereignissen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Select this event</source>
        <translation>Dieses Ereignis auswählen</translation>
    </message>
</context>
<context>
    <name>EventLinks</name>
    <message>
        <source>Show this event</source>
        <translation>Dieses Ereignis zeigen</translation>
    </message>
</context>
<context>
    <name>EventOpening</name>
    <message>
        <source>Cannot show the event</source>
        <translation>Das Ereignis kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>This database has no event with the id “%1”.</source>
        <translation>Diese Datenbank hat kein Ereignis mit der Kennung „%1“.</translation>
    </message>
</context>
<context>
    <name>EventTable</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>choose a name ending in .png or .svg</source>
        <translation>wählen Sie einen Namen, der auf .png oder .svg endet</translation>
    </message>
    <message>
        <source>the SVG could not be written</source>
        <translation>die SVG-Datei konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the PNG could not be written</source>
        <translation>die PNG-Datei konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the PDF could not be written</source>
        <translation>die PDF-Datei konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>choose a name ending in .pdf</source>
        <translation>wählen Sie einen Namen, der auf .pdf endet</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Add Byte-Order Mark to CSV (for Excel)</source>
        <translation>Byte-Order-Mark in CSV schreiben (für Excel)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n events to %1</source>
        <translation>
            <numerusform>%n Ereignis nach %1 exportiert</numerusform>
            <numerusform>%n Ereignisse nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the timeline (%1 px wide) to %2</source>
        <translation>Zeitleiste (%1 px breit) in %2 gespeichert</translation>
    </message>
    <message>
        <source>Sources: %1; and %2 cited public reports. Data built %3 (azkz-desktop).</source>
        <translation>Quellen: %1; dazu %2 zitierte Veröffentlichungen. Datenstand: %3 (azkz-desktop).</translation>
    </message>
    <message>
        <source>on an unknown date</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Azerbaijan–Kazakhstan relations: timeline</source>
        <translation>Aserbaidschanisch-kasachische Beziehungen: Zeitleiste</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Select events first (click, Ctrl+click or Shift+drag).</source>
        <translation>Wählen Sie zuerst Ereignisse aus (Klick, Strg+Klick oder Umschalt+Ziehen).</translation>
    </message>
    <message>
        <source>Export Selected Events</source>
        <translation>Ausgewählte Ereignisse exportieren</translation>
    </message>
    <message>
        <source>Export All Shown Events</source>
        <translation>Alle angezeigten Ereignisse exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Export Timeline Image</source>
        <translation>Zeitleiste als Bild exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Faults</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>An unexpected error occurred: %1

The app keeps running. The details were written to
%2
(%3).</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten: %1

Die App läuft weiter. Die Einzelheiten stehen in
%2
(%3).</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>JJJJ, JJJJ-MM oder JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>2010 or 2010-05</source>
        <translation>2010 oder 2010-05</translation>
    </message>
    <message>
        <source>Search and filters</source>
        <translation>Suche und Filter</translation>
    </message>
    <message>
        <source>Search events and documents…</source>
        <translation>Ereignisse und Dokumente durchsuchen…</translation>
    </message>
    <message>
        <source>Full-text search (%1)</source>
        <translation>Volltextsuche (%1)</translation>
    </message>
    <message>
        <source>Categories (%1)</source>
        <translation>Kategorien (%1)</translation>
    </message>
    <message>
        <source>Bilateral</source>
        <translation>Bilateral</translation>
    </message>
    <message>
        <source>Bilateral only: leave out events held within a multilateral setting (CIS, Turkic, SCO, … summits)</source>
        <translation>Nur bilateral: Ereignisse in multilateralem Rahmen weglassen (Gipfel der GUS, der Turkstaaten, der SOZ …)</translation>
    </message>
    <message>
        <source>Starred only: the events you starred (S stars the selection)</source>
        <translation>Nur mit Stern: die Ereignisse, die Sie mit Stern markiert haben (S markiert die Auswahl)</translation>
    </message>
    <message>
        <source>  From </source>
        <translation>  Von </translation>
    </message>
    <message>
        <source> to </source>
        <translation> bis </translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Show every event again</source>
        <translation>Wieder alle Ereignisse anzeigen</translation>
    </message>
    <message>
        <source>Show events from this date: %1</source>
        <translation>Ereignisse ab diesem Datum anzeigen: %1</translation>
    </message>
    <message>
        <source>Show events up to this date: %1</source>
        <translation>Ereignisse bis zu diesem Datum anzeigen: %1</translation>
    </message>
    <message>
        <source>%1 (use %2)</source>
        <translation>%1 (verwenden Sie %2)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>not a date; use %1</source>
        <translation>kein Datum; verwenden Sie %1</translation>
    </message>
    <message>
        <source>month %1 does not exist</source>
        <translation>Monat %1 gibt es nicht</translation>
    </message>
    <message>
        <source>day %1 does not exist in %2</source>
        <translation>Tag %1 gibt es im %2 nicht</translation>
    </message>
    <message>
        <source>year %1 is out of range</source>
        <translation>Jahr %1 liegt außerhalb des Bereichs</translation>
    </message>
</context>
<context>
    <name>HitTesting</name>
    <message>
        <source>Click to zoom in; Ctrl-click to select them</source>
        <translation>Klicken zum Hineinzoomen; Strg+Klick wählt sie aus</translation>
    </message>
</context>
<context>
    <name>ImageOptionsDialog</name>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG-Zeichnung</translation>
    </message>
    <message>
        <source>Export Timeline Image</source>
        <translation>Zeitleiste als Bild exportieren</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Breite:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Datei wählen…</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot show the database</source>
        <translation>Die Datenbank kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>The settings file was damaged and was set aside as %1</source>
        <translation>Die Einstellungsdatei war beschädigt und wurde als %1 beiseitegelegt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Azerbaijan–Kazakhstan relations</source>
        <translation>Aserbaidschanisch-kasachische Beziehungen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Handel</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n events shown</source>
        <translation>
            <numerusform>%1 von %n Ereignis angezeigt</numerusform>
            <numerusform>%1 von %n Ereignissen angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lanes hidden</source>
        <translation>
            <numerusform>%n Spur ausgeblendet</numerusform>
            <numerusform>%n Spuren ausgeblendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>database built %1</source>
        <translation>Datenbank vom %1</translation>
    </message>
    <message>
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged records skipped</source>
        <translation>
            <numerusform>%n beschädigter Datensatz übersprungen</numerusform>
            <numerusform>%n beschädigte Datensätze übersprungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Stars added: %1; taken off because they were unstarred there later: %2</source>
        <translation>Sterne hinzugefügt: %1; entfernt, weil sie dort später entfernt wurden: %2</translation>
    </message>
    <message>
        <source>Notes added: %1; replaced by newer ones: %2; cleared because they were cleared there later: %3; kept because yours are newer: %4</source>
        <translation>Notizen hinzugefügt: %1; durch neuere ersetzt: %2; geleert, weil sie dort später geleert wurden: %3; behalten, weil Ihre neuer sind: %4</translation>
    </message>
    <message>
        <source>Versions added to the note history: %1</source>
        <translation>Dem Notizverlauf hinzugefügte Fassungen: %1</translation>
    </message>
    <message>
        <source>Own events added: %1; updated: %2; unchanged: %3</source>
        <translation>Eigene Ereignisse hinzugefügt: %1; aktualisiert: %2; unverändert: %3</translation>
    </message>
    <message>
        <source>Import Workspace</source>
        <translation>Arbeitsbereich importieren</translation>
    </message>
    <message>
        <source>Merging %1 into your workspace, by event id, would give:</source>
        <translation>Das Zusammenführen von %1 mit Ihrem Arbeitsbereich (nach Ereigniskennung) ergäbe:</translation>
    </message>
    <message>
        <source>Where both have a note or event, the newer one wins; the other is kept in the history.</source>
        <translation>Haben beide eine Notiz oder ein Ereignis, gewinnt die neuere Fassung; die andere bleibt im Verlauf erhalten.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Your note on this event (saved as you type)…</source>
        <translation>Ihre Notiz zu diesem Ereignis (wird beim Tippen gespeichert)…</translation>
    </message>
</context>
<context>
    <name>OrphanNotesDialog</name>
    <message>
        <source>Notes on Events No Longer in the Data</source>
        <translation>Notizen zu Ereignissen, die nicht mehr in den Daten sind</translation>
    </message>
    <message>
        <source>These notes are on events this database no longer has. They are kept in your workspace and come back if the event does.</source>
        <translation>Diese Notizen gehören zu Ereignissen, die diese Datenbank nicht mehr enthält. Sie bleiben in Ihrem Arbeitsbereich und kehren zurück, wenn das Ereignis zurückkehrt.</translation>
    </message>
    <message>
        <source>Every note is on an event of this database.</source>
        <translation>Alle Notizen gehören zu Ereignissen dieser Datenbank.</translation>
    </message>
</context>
<context>
    <name>OverviewAccessible</name>
    <message>
        <source>Overview: showing %1</source>
        <translation>Übersicht: angezeigt wird %1</translation>
    </message>
    <message>
        <source>The whole period; the frame marks the stretch the timeline shows. Left and Right move it, plus and minus zoom, Home and End go to the ends</source>
        <translation>Der ganze Zeitraum; der Rahmen markiert den Abschnitt, den die Zeitleiste zeigt. Links und Rechts verschieben ihn, Plus und Minus zoomen, Pos1 und Ende gehen an die Enden</translation>
    </message>
    <message>
        <source>Move the window later</source>
        <translation>Den gezeigten Abschnitt nach später verschieben</translation>
    </message>
    <message>
        <source>Move the window earlier</source>
        <translation>Den gezeigten Abschnitt nach früher verschieben</translation>
    </message>
</context>
<context>
    <name>OverviewStrip</name>
    <message>
        <source>The whole period: drag the frame, or click to move the timeline there. With the keyboard: arrows and Page Up/Down move, + and - zoom, Home and End go to the ends</source>
        <translation>Der ganze Zeitraum: Rahmen ziehen oder klicken, um die Zeitleiste dorthin zu bewegen. Mit der Tastatur: Pfeiltasten und Bild auf/ab verschieben, + und - zoomen, Pos1 und Ende gehen an die Enden</translation>
    </message>
</context>
<context>
    <name>OwnEventDialog</name>
    <message>
        <source>Edit Event</source>
        <translation>Ereignis bearbeiten</translation>
    </message>
    <message>
        <source>Add Event</source>
        <translation>Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>2024, 2024-03 or 2024-03-10: as precise as you know</source>
        <translation>2024, 2024-03 oder 2024-03-10: so genau, wie Sie es wissen</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>optional, at the same precision</source>
        <translation>optional, mit derselben Genauigkeit</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <source>names separated by ;</source>
        <translation>Namen durch ; getrennt</translation>
    </message>
    <message>
        <source>Source &amp;address</source>
        <translation>&amp;Adresse der Quelle</translation>
    </message>
    <message>
        <source>&amp;Outlet</source>
        <translation>&amp;Medium</translation>
    </message>
    <message>
        <source>Report t&amp;itle</source>
        <translation>T&amp;itel der Veröffentlichung</translation>
    </message>
    <message>
        <source>Report da&amp;te</source>
        <translation>Datum der &amp;Veröffentlichung</translation>
    </message>
    <message>
        <source>or describe the source in your own words</source>
        <translation>oder die Quelle mit eigenen Worten beschreiben</translation>
    </message>
    <message>
        <source>Source as te&amp;xt</source>
        <translation>Quelle als Te&amp;xt</translation>
    </message>
    <message>
        <source>Correct the fields marked in red first</source>
        <translation>Korrigieren Sie zuerst die rot markierten Felder</translation>
    </message>
</context>
<context>
    <name>PeopleButton</name>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Find a name…</source>
        <translation>Namen suchen…</translation>
    </message>
    <message>
        <source>Also: {0}</source>
        <translation>Auch: {0}</translation>
    </message>
    <message>
        <source>People ({0})</source>
        <translation>Personen ({0})</translation>
    </message>
</context>
<context>
    <name>PlainText</name>
    <message>
        <source>[%1 more characters not shown]</source>
        <translation>[%1 weitere Zeichen nicht angezeigt]</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Period: %1</source>
        <translation>Zeitraum: %1</translation>
    </message>
    <message>
        <source>all events</source>
        <translation>alle Ereignisse</translation>
    </message>
    <message>
        <source>Selection: %1</source>
        <translation>Auswahl: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Kategorie: %1</translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation>Personen: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Anmerkung: %1</translation>
    </message>
    <message>
        <source>Your note: %1</source>
        <translation>Ihre Notiz: %1</translation>
    </message>
    <message>
        <source>position not verified</source>
        <translation>Position nicht geprüft</translation>
    </message>
    <message>
        <source>bundled in azkz-desktop</source>
        <translation>in azkz-desktop enthalten</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Data: azkz-desktop, MIT licence. Quoted passages stay under their publishers&apos; terms; Wikipedia text is CC BY-SA.</source>
        <translation>Daten: azkz-desktop, MIT-Lizenz. Zitierte Passagen unterliegen den Bedingungen ihrer Herausgeber; Wikipedia-Text steht unter CC BY-SA.</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>undatiert</translation>
    </message>
    <message>
        <source>no events</source>
        <translation>keine Ereignisse</translation>
    </message>
    <message>
        <source>Sources: %1 documents and reports, each cited below. Database built %2 (azkz-desktop).</source>
        <translation>Quellen: %1 Dokumente und Veröffentlichungen, jeweils unten angegeben. Datenbankstand: %2 (azkz-desktop).</translation>
    </message>
    <message>
        <source>on an unknown date</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>the pages could not be opened for drawing</source>
        <translation>die Seiten konnten nicht zum Zeichnen geöffnet werden</translation>
    </message>
    <message>
        <source>a new page could not be started</source>
        <translation>eine neue Seite konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Timeline of the events in this report</source>
        <translation>Zeitleiste der Ereignisse dieses Berichts</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Save &amp;Report as PDF…</source>
        <translation>Bericht als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Saved a %1-page report to %2</source>
        <translation>Bericht mit %1 Seiten in %2 gespeichert</translation>
    </message>
    <message>
        <source>Save Report as PDF</source>
        <translation>Bericht als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the report</source>
        <translation>Der Bericht kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Azerbaijan–Kazakhstan relations: report</source>
        <translation>Aserbaidschanisch-kasachische Beziehungen: Bericht</translation>
    </message>
    <message>
        <source>Cannot print the report</source>
        <translation>Der Bericht kann nicht gedruckt werden</translation>
    </message>
    <message>
        <source>Sent %1 pages to the printer</source>
        <translation>%1 Seiten an den Drucker gesendet</translation>
    </message>
</context>
<context>
    <name>SlowOpen</name>
    <message>
        <source>the database has no stored timeline arrays</source>
        <translation>die Datenbank keine gespeicherten Zeitleisten-Arrays enthält</translation>
    </message>
    <message>
        <source>the stored timeline arrays are of another format</source>
        <translation>die gespeicherten Zeitleisten-Arrays ein anderes Format haben</translation>
    </message>
    <message>
        <source>the stored timeline arrays lack their description in meta</source>
        <translation>den gespeicherten Zeitleisten-Arrays ihre Beschreibung in meta fehlt</translation>
    </message>
    <message>
        <source>the events were changed after the timeline arrays were stored</source>
        <translation>die Ereignisse geändert wurden, nachdem die Zeitleisten-Arrays gespeichert worden waren</translation>
    </message>
    <message>
        <source>the stored timeline arrays were made for other categories</source>
        <translation>die gespeicherten Zeitleisten-Arrays für andere Kategorien erstellt wurden</translation>
    </message>
    <message>
        <source>the stored timeline arrays do not match the events (rows added or removed)</source>
        <translation>die gespeicherten Zeitleisten-Arrays nicht zu den Ereignissen passen (Zeilen hinzugefügt oder entfernt)</translation>
    </message>
    <message>
        <source>the stored timeline arrays do not match the events (their lanes&apos; lengths differ)</source>
        <translation>die gespeicherten Zeitleisten-Arrays nicht zu den Ereignissen passen (die Längen ihrer Spuren weichen ab)</translation>
    </message>
    <message>
        <source>the stored timeline arrays do not match the events (their lengths differ)</source>
        <translation>die gespeicherten Zeitleisten-Arrays nicht zu den Ereignissen passen (ihre Längen weichen ab)</translation>
    </message>
    <message>
        <source>the stored timeline arrays have damaged lane offsets</source>
        <translation>die gespeicherten Zeitleisten-Arrays beschädigte Spur-Offsets haben</translation>
    </message>
    <message>
        <source>the stored timeline arrays lack {names}</source>
        <translation>den gespeicherten Zeitleisten-Arrays {names} fehlt</translation>
    </message>
    <message>
        <source>the stored timeline array {name} is damaged</source>
        <translation>das gespeicherte Zeitleisten-Array {name} beschädigt ist</translation>
    </message>
    <message>
        <source>the stored timeline array {name} points outside the events</source>
        <translation>das gespeicherte Zeitleisten-Array {name} auf Zeilen außerhalb der Ereignisse verweist</translation>
    </message>
    <message>
        <source>Opened slowly (every event read): {reason}</source>
        <translation>Langsam geöffnet (jedes Ereignis gelesen): {reason}</translation>
    </message>
    <message>
        <source>This database was opened by reading every event, which is slower for large ones, because {reason}. Rebuilding it stores arrays that open at once.</source>
        <translation>Diese Datenbank wurde geöffnet, indem jedes Ereignis gelesen wurde, was bei großen Datenbanken langsamer ist, weil {reason}. Nach einem Neuaufbau enthält sie Arrays, die sich sofort öffnen lassen.</translation>
    </message>
</context>
<context>
    <name>SourceBox</name>
    <message>
        <source>language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <source>Copied the %1: %2</source>
        <translation>%1 kopiert: %2</translation>
    </message>
    <message>
        <source>Opening %1 in the web browser</source>
        <translation>%1 wird im Webbrowser geöffnet</translation>
    </message>
    <message>
        <source>No web browser could be opened for %1; use Copy Address instead.</source>
        <translation>Für %1 konnte kein Webbrowser geöffnet werden; nutzen Sie stattdessen „Adresse kopieren“.</translation>
    </message>
    <message>
        <source>Copy Address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Copy Citation</source>
        <translation>Quellenangabe kopieren</translation>
    </message>
    <message>
        <source>citation</source>
        <translation>Quellenangabe</translation>
    </message>
    <message>
        <source>Open Address in Browser</source>
        <translation>Adresse im Browser öffnen</translation>
    </message>
    <message>
        <source>Needs a network connection</source>
        <translation>Erfordert eine Netzwerkverbindung</translation>
    </message>
    <message>
        <source>Public report</source>
        <translation>Veröffentlichung</translation>
    </message>
    <message>
        <source>Bundled document</source>
        <translation>Mitgeliefertes Dokument</translation>
    </message>
    <message>
        <source>⚠ This quote is not in its document at the place recorded.</source>
        <translation>⚠ Dieses Zitat steht nicht an der vermerkten Stelle seines Dokuments.</translation>
    </message>
    <message>
        <source>Open in Document</source>
        <translation>Im Dokument öffnen</translation>
    </message>
    <message>
        <source>Show the whole document with this passage highlighted</source>
        <translation>Das ganze Dokument mit hervorgehobener Passage anzeigen</translation>
    </message>
</context>
<context>
    <name>TimelineAccessible</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Events by date. Left and Right: previous and next event; Enter: details; plus and minus: zoom; Shift with Left and Right: move in time</source>
        <translation>Ereignisse nach Datum. Links und Rechts: vorheriges und nächstes Ereignis; Eingabe: Details; Plus und Minus: Zoom; Umschalt mit Links und Rechts: in der Zeit bewegen</translation>
    </message>
    <message>
        <source>Zoom in to tell these events apart</source>
        <translation>Hineinzoomen, um diese Ereignisse zu unterscheiden</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>mit Stern</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation>Angezeigt: %1</translation>
    </message>
    <message>
        <source>Star or unstar</source>
        <translation>Mit Stern markieren oder Stern entfernen</translation>
    </message>
    <message>
        <source>Zoom in to this cluster&apos;s events</source>
        <translation>In die Ereignisse dieser Gruppe hineinzoomen</translation>
    </message>
    <message>
        <source>Show the event&apos;s details</source>
        <translation>Die Details des Ereignisses zeigen</translation>
    </message>
    <message>
        <source>Make this the current event</source>
        <translation>Dieses Ereignis zum aktuellen machen</translation>
    </message>
    <message>
        <source>Star the event in your workspace, or take its star away</source>
        <translation>Das Ereignis in Ihrem Arbeitsbereich mit einem Stern markieren oder den Stern entfernen</translation>
    </message>
</context>
<context>
    <name>TimelineImage</name>
    <message>
        <source>Starred by you</source>
        <translation>Von Ihnen mit Stern markiert</translation>
    </message>
    <message>
        <source>Your own event</source>
        <translation>Ihr eigenes Ereignis</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Move “%1” Up</source>
        <translation>„%1“ nach oben verschieben</translation>
    </message>
    <message>
        <source>Move “%1” Down</source>
        <translation>„%1“ nach unten verschieben</translation>
    </message>
    <message>
        <source>Hide “%1”</source>
        <translation>„%1“ ausblenden</translation>
    </message>
</context>
<context>
    <name>TradeChart</name>
    <message>
        <source>Kazakhstan&apos;s official statistics</source>
        <translation>Amtliche Statistik Kasachstans</translation>
    </message>
    <message>
        <source>Figures the source credits to Kazakhstan&apos;s statistics office</source>
        <translation>Zahlen, die die Quelle dem Statistikamt Kasachstans zuschreibt</translation>
    </message>
    <message>
        <source>Kazakh government releases</source>
        <translation>Mitteilungen der kasachischen Regierung</translation>
    </message>
    <message>
        <source>Figures from the Kazakh President&apos;s or Prime Minister&apos;s press service, the government or a ministry, naming no statistic</source>
        <translation>Zahlen des Pressedienstes des kasachischen Präsidenten oder Premierministers, der Regierung oder eines Ministeriums, ohne Angabe einer Statistik</translation>
    </message>
    <message>
        <source>Azerbaijan&apos;s State Customs Committee</source>
        <translation>Staatliches Zollkomitee Aserbaidschans</translation>
    </message>
    <message>
        <source>Figures the source credits to Azerbaijan&apos;s State Customs Committee</source>
        <translation>Zahlen, die die Quelle dem Staatlichen Zollkomitee Aserbaidschans zuschreibt</translation>
    </message>
    <message>
        <source>Azerbaijan&apos;s State Statistics Committee</source>
        <translation>Staatliches Statistikkomitee Aserbaidschans</translation>
    </message>
    <message>
        <source>Figures the source credits to Azerbaijan&apos;s State Statistics Committee</source>
        <translation>Zahlen, die die Quelle dem Staatlichen Statistikkomitee Aserbaidschans zuschreibt</translation>
    </message>
    <message>
        <source>Statements, unattributed reports (never joined)</source>
        <translation>Aussagen, Meldungen ohne Urheber (nie verbunden)</translation>
    </message>
    <message>
        <source>A figure an official states without naming a statistic, or a report gives without saying whose it is: each stands alone, never joined to another</source>
        <translation>Eine Zahl, die ein Amtsträger ohne Angabe einer Statistik nennt oder eine Meldung ohne Urheber angibt: jede steht für sich und wird nie mit einer anderen verbunden</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>Handelsvolumen</translation>
    </message>
    <message>
        <source>Kazakh exports to Azerbaijan</source>
        <translation>Kasachische Ausfuhren nach Aserbaidschan</translation>
    </message>
    <message>
        <source>Kazakh imports from Azerbaijan</source>
        <translation>Kasachische Einfuhren aus Aserbaidschan</translation>
    </message>
    <message>
        <source>Azerbaijan–Kazakhstan trade, USD million</source>
        <translation>Handel Aserbaidschan–Kasachstan, Mio. USD</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Follow the timeline</source>
        <translation>Der Zeitleiste folgen</translation>
    </message>
    <message>
        <source>Show the same stretch of time as the timeline, and move it with this chart</source>
        <translation>Denselben Zeitabschnitt wie die Zeitleiste anzeigen und ihn mit diesem Diagramm verschieben</translation>
    </message>
    <message>
        <source>Show All Figures</source>
        <translation>Alle Zahlen anzeigen</translation>
    </message>
    <message>
        <source>Fit the chart to every figure</source>
        <translation>Diagramm an alle Zahlen anpassen</translation>
    </message>
    <message>
        <source>Save Chart…</source>
        <translation>Diagramm speichern…</translation>
    </message>
    <message>
        <source>Save Series as CSV…</source>
        <translation>Reihen als CSV speichern…</translation>
    </message>
    <message>
        <source>Hover a point for its figure and source; click it to read the source in the detail pane. Colour: whose figure it is; shape: what it measures. A line joins only consecutive years of one basis. Dotted grey lines: economy &amp; trade events (click one to select it).</source>
        <translation>Zeigen Sie auf einen Punkt, um Zahl und Quelle zu sehen; ein Klick zeigt die Quelle im Detailbereich. Farbe: wessen Zahl es ist; Form: was sie misst. Eine Linie verbindet nur aufeinanderfolgende Jahre derselben Grundlage. Gepunktete graue Linien: Ereignisse aus Wirtschaft &amp; Handel (Klick wählt eines aus).</translation>
    </message>
    <message>
        <source>Azerbaijan–Kazakhstan trade</source>
        <translation>Handel Aserbaidschan–Kasachstan</translation>
    </message>
    <message>
        <source>Turnover growth, reported without a value</source>
        <translation>Wachstum des Handelsvolumens, ohne Wert gemeldet</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Save Series as CSV</source>
        <translation>Reihen als CSV speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>first half</source>
        <translation>erstes Halbjahr</translation>
    </message>
    <message>
        <source>second half</source>
        <translation>zweites Halbjahr</translation>
    </message>
    <message>
        <source>{year}, {half} only</source>
        <translation>{year}, nur {half}</translation>
    </message>
    <message>
        <source>Basis: {name}</source>
        <translation>Grundlage: {name}</translation>
    </message>
    <message>
        <source>Given by: {who}</source>
        <translation>Angegeben von: {who}</translation>
    </message>
    <message>
        <source>Source: {citation}</source>
        <translation>Quelle: {citation}</translation>
    </message>
    <message>
        <source>Year: {note}</source>
        <translation>Jahr: {note}</translation>
    </message>
    <message>
        <source>{measure}: ${value} million</source>
        <translation>{measure}: {value} Mio. $</translation>
    </message>
    <message>
        <source>(click to read the source in the detail pane)</source>
        <translation>(klicken, um die Quelle im Detailbereich zu lesen)</translation>
    </message>
    <message>
        <source>{count} figures here; a click shows the first.</source>
        <translation>{count} Zahlen hier; ein Klick zeigt die erste.</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… und {count} weitere</translation>
    </message>
    <message>
        <source>Economy &amp; trade event (click to select it):</source>
        <translation>Ereignis aus Wirtschaft &amp; Handel (klicken zum Auswählen):</translation>
    </message>
    <message>
        <source>{rate} reported (no value)</source>
        <translation>{rate} gemeldet (kein Wert)</translation>
    </message>
    <message>
        <source>{rate} reported</source>
        <translation>{rate} gemeldet</translation>
    </message>
    <message>
        <source>Growth of turnover in {year} over the year before, as reported: {rate}</source>
        <translation>Wachstum des Handelsvolumens {year} gegenüber dem Vorjahr, laut Meldung: {rate}</translation>
    </message>
    <message>
        <source>No trade figures for {span}.
The figures cover {first}–{last}: move the timeline there, or press “Show All Figures”.</source>
        <translation>Keine Handelszahlen für {span}.
Die Zahlen reichen von {first} bis {last}: Verschieben Sie die Zeitleiste dorthin oder drücken Sie „Alle Zahlen anzeigen“.</translation>
    </message>
    <message>
        <source>Goal, not data: ${value} million turnover (stated {stated})</source>
        <translation>Ziel, keine Daten: Handelsvolumen von {value} Mio. $ (genannt {stated})</translation>
    </message>
    <message>
        <source>Hollow: half a year</source>
        <translation>Hohle Punkte: ein Halbjahr</translation>
    </message>
</context>
<context>
    <name>TradeTable</name>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value, USD million</source>
        <translation>Wert, Mio. USD</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Angegeben von</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>first half</source>
        <translation>erstes Halbjahr</translation>
    </message>
    <message>
        <source>second half</source>
        <translation>zweites Halbjahr</translation>
    </message>
    <message>
        <source>Turnover growth, %1 %</source>
        <translation>Wachstum des Handelsvolumens, %1 %</translation>
    </message>
    <message>
        <source>Trade figures</source>
        <translation>Handelszahlen</translation>
    </message>
    <message>
        <source>Each figure as its source gives it; Enter shows the source in the detail pane</source>
        <translation>Jede Zahl so, wie ihre Quelle sie angibt; die Eingabetaste zeigt die Quelle im Detailbereich</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Export Selected Events…</source>
        <translation>Ausgewählte Ereignisse &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;All Shown Events…</source>
        <translation>Alle an&amp;gezeigten Ereignisse exportieren…</translation>
    </message>
    <message>
        <source>Export Timeline &amp;Image…</source>
        <translation>Zeitleiste als B&amp;ild exportieren…</translation>
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
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Clear F&amp;ilters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Clear &amp;Selection</source>
        <translation>A&amp;uswahl aufheben</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Dokumente</translation>
    </message>
    <message>
        <source>T&amp;rade</source>
        <translation>&amp;Handel</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>Alles e&amp;inpassen</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Auf &amp;Auswahl zoomen</translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation>S&amp;puren</translation>
    </message>
    <message>
        <source>&amp;Reset Lanes</source>
        <translation>Spuren &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Show Figures as Ta&amp;ble</source>
        <translation>Zahlen als &amp;Tabelle anzeigen</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard and Mouse</source>
        <translation>&amp;Tastatur und Maus</translation>
    </message>
    <message>
        <source>&amp;About azkz-desktop</source>
        <translation>Ü&amp;ber azkz-desktop</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Star</source>
        <translation>Stern setzen</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>Stern entfernen</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Add Event</source>
        <translation>Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation>Ereignis bearbeiten</translation>
    </message>
    <message>
        <source>Delete Event</source>
        <translation>Ereignis löschen</translation>
    </message>
    <message>
        <source>Merge of %1</source>
        <translation>Zusammenführung von %1</translation>
    </message>
    <message>
        <source>Import Events from CS&amp;V…</source>
        <translation>Ereignisse aus &amp;CSV importieren…</translation>
    </message>
    <message>
        <source>Export &amp;Workspace…</source>
        <translation>Arbeitsbereich e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Import Wor&amp;kspace…</source>
        <translation>Arbeitsbereich i&amp;mportieren…</translation>
    </message>
    <message>
        <source>&amp;Notes on Events No Longer in the Data…</source>
        <translation>&amp;Notizen zu Ereignissen, die nicht mehr in den Daten sind…</translation>
    </message>
    <message>
        <source>Import Events from CSV</source>
        <translation>Ereignisse aus CSV importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>Diese Datei kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Es wurde nichts importiert</translation>
    </message>
    <message>
        <source>Imported %1 events from %2 (%3 replaced)</source>
        <translation>%1 Ereignisse aus %2 importiert (%3 ersetzt)</translation>
    </message>
    <message>
        <source>Export Workspace</source>
        <translation>Arbeitsbereich exportieren</translation>
    </message>
    <message>
        <source>Workspace files (*.azkz-workspace);;All files (*)</source>
        <translation>Arbeitsbereichsdateien (*.azkz-workspace);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot export the workspace</source>
        <translation>Der Arbeitsbereich kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Workspace exported to %1</source>
        <translation>Arbeitsbereich exportiert nach %1</translation>
    </message>
    <message>
        <source>Import Workspace</source>
        <translation>Arbeitsbereich importieren</translation>
    </message>
    <message>
        <source>Workspace files (*.azkz-workspace *.sqlite);;All files (*)</source>
        <translation>Arbeitsbereichsdateien (*.azkz-workspace *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot import this workspace</source>
        <translation>Dieser Arbeitsbereich kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Nothing was merged</source>
        <translation>Es wurde nichts zusammengeführt</translation>
    </message>
    <message>
        <source>Workspace merged</source>
        <translation>Arbeitsbereich zusammengeführt</translation>
    </message>
    <message>
        <source>Merged %1:</source>
        <translation>%1 zusammengeführt:</translation>
    </message>
    <message>
        <source>The workspace is damaged (%1).</source>
        <translation>Der Arbeitsbereich ist beschädigt (%1).</translation>
    </message>
    <message>
        <source>No new workspace could be begun in its place (%1). The window runs read-only: stars, notes and your own events cannot be changed until the app is started again.</source>
        <translation>An seiner Stelle ließ sich kein neuer Arbeitsbereich anlegen (%1). Das Fenster läuft schreibgeschützt: Sterne, Notizen und Ihre eigenen Ereignisse können bis zum nächsten Start der App nicht geändert werden.</translation>
    </message>
    <message>
        <source>A new, empty workspace was begun in its place: stars, notes and your own events can be added again at once.</source>
        <translation>An seiner Stelle wurde ein neuer, leerer Arbeitsbereich angelegt: Sterne, Notizen und eigene Ereignisse lassen sich sofort wieder hinzufügen.</translation>
    </message>
    <message>
        <source>The damaged file was set aside as %1; it was not deleted.</source>
        <translation>Die beschädigte Datei wurde als %1 beiseitegelegt, nicht gelöscht.</translation>
    </message>
    <message>
        <source>The workspace was written by a newer version of azkz-desktop (workspace schema version %1; this version reads up to %2).</source>
        <translation>Der Arbeitsbereich wurde von einer neueren Version von azkz-desktop geschrieben (Schemaversion des Arbeitsbereichs %1; diese Version liest bis %2).</translation>
    </message>
    <message>
        <source>The file was not changed. Open it with that newer version; this one runs read-only without it: stars, notes and your own events cannot be changed.</source>
        <translation>Die Datei wurde nicht geändert. Öffnen Sie sie mit jener neueren Version; diese läuft ohne sie schreibgeschützt: Sterne, Notizen und Ihre eigenen Ereignisse können nicht geändert werden.</translation>
    </message>
    <message>
        <source>The file was not changed. The window runs read-only without it: stars, notes and your own events cannot be changed until it can be opened.</source>
        <translation>Die Datei wurde nicht geändert. Das Fenster läuft ohne sie schreibgeschützt: Sterne, Notizen und Ihre eigenen Ereignisse können nicht geändert werden, bis sie sich öffnen lässt.</translation>
    </message>
    <message>
        <source>Your workspace cannot be used</source>
        <translation>Ihr Arbeitsbereich kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>Your workspace was damaged</source>
        <translation>Ihr Arbeitsbereich war beschädigt</translation>
    </message>
</context>
<context>
    <name>WorkspaceController</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>S&amp;tar or Unstar</source>
        <translation>S&amp;tern setzen oder entfernen</translation>
    </message>
    <message>
        <source>&amp;Add Event…</source>
        <translation>Ereignis &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Edit E&amp;vent…</source>
        <translation>Ereignis &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete Event</source>
        <translation>Ereignis &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>Your workspace could not be opened: %1</source>
        <translation>Ihr Arbeitsbereich konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>No workspace is open in this window</source>
        <translation>In diesem Fenster ist kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>Workspace unavailable</source>
        <translation>Arbeitsbereich nicht verfügbar</translation>
    </message>
    <message>
        <source>◇ Your own event</source>
        <translation>◇ Ihr eigenes Ereignis</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ Mit Stern</translation>
    </message>
    <message>
        <source>My note: %1</source>
        <translation>Meine Notiz: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n changes were left as they are: they had been changed since</source>
        <translation>
            <numerusform>%n Änderung blieb, wie sie ist: Sie war inzwischen geändert worden</numerusform>
            <numerusform>%n Änderungen blieben, wie sie sind: Sie waren inzwischen geändert worden</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Your change could not be saved</source>
        <translation>Ihre Änderung konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>WorkspacePanel</name>
    <message>
        <source>◇ Your own event</source>
        <translation>◇ Ihr eigenes Ereignis</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>Meine Notiz</translation>
    </message>
    <message>
        <source>Select one event to star it or write a note on it.</source>
        <translation>Wählen Sie ein einzelnes Ereignis, um es mit Stern zu markieren oder eine Notiz dazu zu schreiben.</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ Mit Stern</translation>
    </message>
    <message>
        <source>☆ Star</source>
        <translation>☆ Stern setzen</translation>
    </message>
    <message>
        <source>Select one event to star it</source>
        <translation>Wählen Sie ein einzelnes Ereignis, um es mit Stern zu markieren</translation>
    </message>
    <message>
        <source>Unstar this event (S)</source>
        <translation>Stern dieses Ereignisses entfernen (S)</translation>
    </message>
    <message>
        <source>Star this event (S)</source>
        <translation>Dieses Ereignis mit Stern markieren (S)</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Could not save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
</context>
</TS>
