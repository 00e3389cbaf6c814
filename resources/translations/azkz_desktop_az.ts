<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Event titles, summaries and quoted sources are in English or in their documents&apos; languages; the app&apos;s own words follow View → Language.</source>
        <translation>Hadisələrin adları, xülasələri və mənbə sitatları ingilis dilində və ya sənədin öz dilindədir; proqramın öz mətnləri «Görünüş → Dil» seçiminə uyğundur.</translation>
    </message>
    <message>
        <source>Qt has no Azerbaijani catalogue: its standard dialog buttons stay in English.</source>
        <translation>Qt kitabxanasında Azərbaycan dili üçün tərcümə yoxdur: standart dialoq düymələri ingilis dilində qalır.</translation>
    </message>
    <message>
        <source>The history of Azerbaijan–Kazakhstan relations, offline. Every event cites its source.</source>
        <translation>Azərbaycan–Qazaxıstan münasibətlərinin tarixi, oflayn. Hər hadisə öz mənbəyinə istinad edir.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Verilənlər bazası: %1</translation>
    </message>
    <message>
        <source>Built: %1 (schema version %2)</source>
        <translation>Yaradılma tarixi: %1 (sxem versiyası %2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>naməlum</translation>
    </message>
    <message>
        <source>Bundled documents:</source>
        <translation>Proqrama daxil olan sənədlər:</translation>
    </message>
    <message>
        <source>The licence file %1 cannot be read (%2). The code is MIT; the data is CC BY-SA 4.0.</source>
        <translation>%1 lisenziya faylı oxuna bilmir (%2). Kod MIT, məlumatlar isə CC BY-SA 4.0 lisenziyası ilədir.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About azkz-desktop</source>
        <translation>azkz-desktop haqqında</translation>
    </message>
</context>
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Search events and documents</source>
        <translation>Hadisələr və sənədlərdə axtarış</translation>
    </message>
    <message>
        <source>Type words; Enter selects the first event found</source>
        <translation>Sözləri yazın; Enter tapılan ilk hadisəni seçir</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Başlanğıc tarixi</translation>
    </message>
    <message>
        <source>Year, year-month or full date, such as 2004 or 2004-03</source>
        <translation>İl, il-ay və ya tam tarix, məsələn 2004 və ya 2004-03</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Son tarix</translation>
    </message>
    <message>
        <source>Year, year-month or full date, such as 2024 or 2024-12-31</source>
        <translation>İl, il-ay və ya tam tarix, məsələn 2024 və ya 2024-12-31</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Şəxs axtar</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Şəxslər</translation>
    </message>
    <message>
        <source>Tick names to show only their events</source>
        <translation>Yalnız onların hadisələrini göstərmək üçün adları işarələyin</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Hadisələr</translation>
    </message>
    <message>
        <source>The events shown, by date; Enter shows one&apos;s details</source>
        <translation>Göstərilən hadisələr tarixə görə; Enter təfərrüatları göstərir</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Təfərrüatlar</translation>
    </message>
    <message>
        <source>The current event and its sources</source>
        <translation>Cari hadisə və onun mənbələri</translation>
    </message>
    <message>
        <source>Filter documents</source>
        <translation>Sənədləri filtrlə</translation>
    </message>
    <message>
        <source>By title, outlet or date</source>
        <translation>Ad, nəşr və ya tarixə görə</translation>
    </message>
    <message>
        <source>Sort documents</source>
        <translation>Sənədləri sırala</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Sənədlər</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>Sənədin mətni</translation>
    </message>
    <message>
        <source>Events citing this document</source>
        <translation>Bu sənədə istinad edən hadisələr</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Görünüşlər</translation>
    </message>
    <message>
        <source>Trade chart</source>
        <translation>Ticarət qrafiki</translation>
    </message>
    <message>
        <source>View, Show Figures as Table, reads the same figures as a table</source>
        <translation>«Görünüş → Rəqəmləri cədvəl kimi göstər» menyusu eyni rəqəmləri cədvəl şəklində göstərir</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Diplomacy</source>
        <translation>Diplomatiya</translation>
    </message>
    <message>
        <source>Treaties &amp; law</source>
        <translation>Müqavilələr və hüquq</translation>
    </message>
    <message>
        <source>Economy &amp; trade</source>
        <translation>İqtisadiyyat və ticarət</translation>
    </message>
    <message>
        <source>Energy &amp; transport</source>
        <translation>Enerji və nəqliyyat</translation>
    </message>
    <message>
        <source>Culture &amp; society</source>
        <translation>Mədəniyyət və cəmiyyət</translation>
    </message>
    <message>
        <source>Conflict &amp; security</source>
        <translation>Münaqişə və təhlükəsizlik</translation>
    </message>
</context>
<context>
    <name>CategoryMenu</name>
    <message>
        <source>Show All</source>
        <translation>Hamısını göstər</translation>
    </message>
    <message>
        <source>Show None</source>
        <translation>Heç birini göstərmə</translation>
    </message>
    <message>
        <source>Show Only</source>
        <translation>Yalnız bunu göstər</translation>
    </message>
</context>
<context>
    <name>CitingActions</name>
    <message>
        <source>Chicago (Author-Date)</source>
        <translation>Çikaqo (müəllif–tarix)</translation>
    </message>
    <message>
        <source>APA</source>
        <translation>APA</translation>
    </message>
    <message>
        <source>all events</source>
        <translation>bütün hadisələr</translation>
    </message>
    <message>
        <source>Export Citatio&amp;ns…</source>
        <translation>İ&amp;stinadları ixrac et…</translation>
    </message>
    <message>
        <source>Copy &amp;Citation</source>
        <translation>İstinadı k&amp;opyala</translation>
    </message>
    <message>
        <source>The sources of the current event, in the citation style</source>
        <translation>Cari hadisənin mənbələri seçilmiş istinad üslubunda</translation>
    </message>
    <message>
        <source>Copy &amp;Link to Event</source>
        <translation>Hadisəyə &amp;keçidi kopyala</translation>
    </message>
    <message>
        <source>Citation St&amp;yle</source>
        <translation>İstinad &amp;üslubu</translation>
    </message>
    <message>
        <source>Wrote %1 citations to %2</source>
        <translation>%1 istinad %2 faylına yazıldı</translation>
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
        <translation>İstinadları ixrac et</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>İxrac alınmadı</translation>
    </message>
    <message>
        <source>Select an event to copy its citation</source>
        <translation>İstinadını kopyalamaq üçün hadisə seçin</translation>
    </message>
    <message>
        <source>Cannot format the citation</source>
        <translation>İstinadı formatlamaq mümkün deyil</translation>
    </message>
    <message>
        <source>Copied the citation</source>
        <translation>İstinad kopyalandı</translation>
    </message>
    <message>
        <source>Select an event to copy a link to it</source>
        <translation>Keçidini kopyalamaq üçün hadisə seçin</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Kopyalandı: %1</translation>
    </message>
    <message>
        <source>Copy Citation (%1)</source>
        <translation>İstinadı kopyala (%1)</translation>
    </message>
</context>
<context>
    <name>ControlsHelp</name>
    <message>
        <source>Timeline</source>
        <translation>Xronologiya</translation>
    </message>
    <message>
        <source>Mouse wheel, pinch</source>
        <translation>Siçan çarxı, barmaqla sıxma</translation>
    </message>
    <message>
        <source>Zoom around the pointer</source>
        <translation>Göstərici ətrafında miqyası dəyişmək</translation>
    </message>
    <message>
        <source>Drag, Shift+wheel, Shift+Left/Right</source>
        <translation>Sürükləmə, Shift+çarx, Shift+Sola/Sağa</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Zaman üzrə sürüşdürmək</translation>
    </message>
    <message>
        <source>+ and -</source>
        <translation>+ və -</translation>
    </message>
    <message>
        <source>Zoom in and out</source>
        <translation>Böyütmək və kiçiltmək</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Hamısını sığdırmaq</translation>
    </message>
    <message>
        <source>Z</source>
        <translation>Z</translation>
    </message>
    <message>
        <source>Zoom to the selection</source>
        <translation>Miqyası seçimə uyğunlaşdırmaq</translation>
    </message>
    <message>
        <source>Click</source>
        <translation>Klik</translation>
    </message>
    <message>
        <source>Select an event</source>
        <translation>Hadisəni seçmək</translation>
    </message>
    <message>
        <source>Ctrl+click</source>
        <translation>Ctrl+klik</translation>
    </message>
    <message>
        <source>Add an event to the selection, or take it out</source>
        <translation>Hadisəni seçimə əlavə etmək və ya seçimdən çıxarmaq</translation>
    </message>
    <message>
        <source>Click a cluster</source>
        <translation>Qrupa klik</translation>
    </message>
    <message>
        <source>Zoom into it</source>
        <translation>Onu böyütmək</translation>
    </message>
    <message>
        <source>Ctrl+click a cluster</source>
        <translation>Qrupa Ctrl+klik</translation>
    </message>
    <message>
        <source>Select its events</source>
        <translation>Onun hadisələrini seçmək</translation>
    </message>
    <message>
        <source>Shift+drag</source>
        <translation>Shift+sürükləmə</translation>
    </message>
    <message>
        <source>Select every event in a span (replaces the selection)</source>
        <translation>Aralıqdakı bütün hadisələri seçmək (seçimi əvəz edir)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+drag</source>
        <translation>Ctrl+Shift+sürükləmə</translation>
    </message>
    <message>
        <source>Add every event in a span to the selection</source>
        <translation>Aralıqdakı bütün hadisələri seçimə əlavə etmək</translation>
    </message>
    <message>
        <source>Left/Right</source>
        <translation>Sola/Sağa</translation>
    </message>
    <message>
        <source>Previous/next event (its details show at once)</source>
        <translation>Əvvəlki/növbəti hadisə (təfərrüatı dərhal görünür)</translation>
    </message>
    <message>
        <source>Enter, double-click</source>
        <translation>Enter, ikiqat klik</translation>
    </message>
    <message>
        <source>Bring the detail pane forward, opening it if it was closed</source>
        <translation>Təfərrüat panelini önə gətirmək, bağlıdırsa açmaq</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Seçimi təmizləmək</translation>
    </message>
    <message>
        <source>Right-click a lane&apos;s name</source>
        <translation>Zolağın adına sağ klik</translation>
    </message>
    <message>
        <source>Move or hide the lane</source>
        <translation>Zolağın yerini dəyişmək və ya onu gizlətmək</translation>
    </message>
    <message>
        <source>Moving around the window</source>
        <translation>Pəncərədə hərəkət</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Next/previous area: search, filters, tabs, timeline, overview, list, details</source>
        <translation>Növbəti/əvvəlki sahə: axtarış, filtrlər, tablar, xronologiya, icmal, siyahı, təfərrüatlar</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Ox düymələri</translation>
    </message>
    <message>
        <source>Move inside the list, the timeline or a menu</source>
        <translation>Siyahıda, xronologiyada və ya menyuda hərəkət etmək</translation>
    </message>
    <message>
        <source>Ctrl+1, Ctrl+2, Ctrl+3</source>
        <translation>Ctrl+1, Ctrl+2, Ctrl+3</translation>
    </message>
    <message>
        <source>Timeline, Documents, Trade</source>
        <translation>Xronologiya, Sənədlər, Ticarət</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Trade figures as a table, or the chart again</source>
        <translation>Ticarət rəqəmlərini cədvəl kimi və ya yenidən qrafik kimi göstərmək</translation>
    </message>
    <message>
        <source>Search and filters</source>
        <translation>Axtarış və filtrlər</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Search titles, summaries and documents as you type</source>
        <translation>Yazdıqca adlarda, xülasələrdə və sənədlərdə axtarmaq</translation>
    </message>
    <message>
        <source>Enter in the search field</source>
        <translation>Axtarış sahəsində Enter</translation>
    </message>
    <message>
        <source>Select the first hit</source>
        <translation>İlk tapılanı seçmək</translation>
    </message>
    <message>
        <source>Esc in the search field</source>
        <translation>Axtarış sahəsində Esc</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Axtarışı təmizləmək</translation>
    </message>
    <message>
        <source>Categories, People, From/To</source>
        <translation>Kateqoriyalar, Şəxslər, Dövr</translation>
    </message>
    <message>
        <source>Narrow every view, the count and the export</source>
        <translation>Bütün görünüşləri, sayı və ixracı daraldır</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Bütün filtrləri təmizləmək</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Sənədlər</translation>
    </message>
    <message>
        <source>Click a highlighted passage</source>
        <translation>İşarələnmiş parçaya klik</translation>
    </message>
    <message>
        <source>Select the events it backs</source>
        <translation>Onun təsdiqlədiyi hadisələri seçmək</translation>
    </message>
    <message>
        <source>Open in Document (detail pane)</source>
        <translation>Sənəddə aç (təfərrüat paneli)</translation>
    </message>
    <message>
        <source>Show the quoted passage in its document</source>
        <translation>Sitat gətirilən parçanı öz sənədində göstərmək</translation>
    </message>
    <message>
        <source>Copy Address, Copy Citation</source>
        <translation>Ünvanı kopyala, İstinadı kopyala</translation>
    </message>
    <message>
        <source>Put a source&apos;s full address or a citation on the clipboard</source>
        <translation>Mənbənin tam ünvanını və ya istinadı mübadilə buferinə qoymaq</translation>
    </message>
    <message>
        <source>Your workspace</source>
        <translation>İş sahəniz</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Star the selected events, or unstar them (also in the context menus)</source>
        <translation>Seçilmiş hadisələri ulduzla işarələmək və ya ulduzu götürmək (kontekst menyularında da)</translation>
    </message>
    <message>
        <source>★ in the filter bar</source>
        <translation>Filtr panelində ★</translation>
    </message>
    <message>
        <source>Show only starred events, with the other filters</source>
        <translation>Digər filtrlərlə birlikdə yalnız ulduzlu hadisələri göstərmək</translation>
    </message>
    <message>
        <source>Type in My note (detail pane)</source>
        <translation>«Mənim qeydim» sahəsində yazmaq (təfərrüat paneli)</translation>
    </message>
    <message>
        <source>Write a note; it is saved as you type</source>
        <translation>Qeyd yazmaq; yazdıqca saxlanılır</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Add an event of your own</source>
        <translation>Öz hadisənizi əlavə etmək</translation>
    </message>
    <message>
        <source>Ctrl+Z, Ctrl+Shift+Z</source>
        <translation>Ctrl+Z, Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Undo and redo stars, notes and your own events</source>
        <translation>Ulduzları, qeydləri və öz hadisələrinizi geri qaytarmaq və təkrarlamaq</translation>
    </message>
    <message>
        <source>Overview strip</source>
        <translation>İcmal zolağı</translation>
    </message>
    <message>
        <source>Drag the frame, click</source>
        <translation>Çərçivəni sürükləmə, klik</translation>
    </message>
    <message>
        <source>Move the timeline</source>
        <translation>Xronologiyanı sürüşdürmək</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>Çarx</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Miqyası dəyişmək</translation>
    </message>
    <message>
        <source>Tab from the timeline</source>
        <translation>Xronologiyadan Tab</translation>
    </message>
    <message>
        <source>Give the strip the keyboard (a ring shows it has it)</source>
        <translation>Klaviaturanı zolağa ötürmək (ətrafındakı haşiyə bunu göstərir)</translation>
    </message>
    <message>
        <source>Left/Right, Page Up/Page Down</source>
        <translation>Sola/Sağa, Page Up/Page Down</translation>
    </message>
    <message>
        <source>Move the timeline by a step, or by a whole window</source>
        <translation>Xronologiyanı bir addım və ya bütöv görünən aralıq qədər sürüşdürmək</translation>
    </message>
    <message>
        <source>Home, End</source>
        <translation>Home, End</translation>
    </message>
    <message>
        <source>Go to the start or the end of the period</source>
        <translation>Dövrün əvvəlinə və ya sonuna keçmək</translation>
    </message>
    <message>
        <source>Keyboard and Mouse</source>
        <translation>Klaviatura və siçan</translation>
    </message>
    <message>
        <source>Keys or mouse</source>
        <translation>Düymələr və ya siçan</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Nə edir</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n hadisə</numerusform>
            <numerusform>%n hadisə</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources</source>
        <translation>
            <numerusform>%n mənbə</numerusform>
            <numerusform>%n mənbə</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected events</source>
        <translation>
            <numerusform>%n seçilmiş hadisə</numerusform>
            <numerusform>%n seçilmiş hadisə</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events from %1</source>
        <translation>
            <numerusform>%1 dövrünə aid %n hadisə</numerusform>
            <numerusform>%1 dövrünə aid %n hadisə</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source citations</source>
        <translation>
            <numerusform>%n mənbə istinadı</numerusform>
            <numerusform>%n mənbə istinadı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trade figures</source>
        <translation>
            <numerusform>%n ticarət göstəricisi</numerusform>
            <numerusform>%n ticarət göstəricisi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starred</source>
        <translation>
            <numerusform>%n ulduzlu</numerusform>
            <numerusform>%n ulduzlu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import of %n Events</source>
        <translation>
            <numerusform>%n hadisənin idxalı</numerusform>
            <numerusform>%n hadisənin idxalı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events, %1</source>
        <translation>
            <numerusform>%n hadisə, %1</numerusform>
            <numerusform>%n hadisə, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n selected</source>
        <translation>
            <numerusform>%n hadisədən %1 seçilib</numerusform>
            <numerusform>%n hadisədən %1 seçilib</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plus %n cited public reports (see each event&apos;s sources).</source>
        <translation>
            <numerusform>Həmçinin istinad olunan %n publikasiya (hadisələrin mənbələrinə baxın).</numerusform>
            <numerusform>Həmçinin istinad olunan %n publikasiya (hadisələrin mənbələrinə baxın).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import CSV</source>
        <translation>CSV idxalı</translation>
    </message>
    <message>
        <source>%1: %2 rows can be imported as your own events, %3 rows are rejected.</source>
        <translation>%1: %2 sətir öz hadisələriniz kimi idxal oluna bilər, %3 sətir rədd edilir.</translation>
    </message>
    <message>
        <source>Importing adds the accepted rows only, all at once.</source>
        <translation>İdxal yalnız qəbul edilmiş sətirləri, hamısını birdən əlavə edir.</translation>
    </message>
    <message>
        <source>Columns not used: %1.</source>
        <translation>İstifadə olunmayan sütunlar: %1.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Sətir</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kateqoriya</translation>
    </message>
    <message>
        <source>Accepted (%1)</source>
        <translation>Qəbul edilib (%1)</translation>
    </message>
    <message>
        <source>Why it is rejected</source>
        <translation>Rədd edilmə səbəbi</translation>
    </message>
    <message>
        <source>Rejected (%1)</source>
        <translation>Rədd edilib (%1)</translation>
    </message>
    <message>
        <source>Import %1 Events</source>
        <translation>%1 hadisəni idxal et</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>People: {0}</source>
        <translation>Şəxslər: {0}</translation>
    </message>
    <message>
        <source>Organisations: {0}</source>
        <translation>Təşkilatlar: {0}</translation>
    </message>
    <message>
        <source>Countries: {0}</source>
        <translation>Ölkələr: {0}</translation>
    </message>
    <message>
        <source>Also named: {0}</source>
        <translation>Həmçinin adı çəkilir: {0}</translation>
    </message>
    <message>
        <source>Select an event on the timeline or in the list to read it and its sources.</source>
        <translation>Hadisəni və mənbələrini oxumaq üçün onu xronologiyada və ya siyahıda seçin.</translation>
    </message>
    <message>
        <source>held within: {0}</source>
        <translation>çərçivəsində: {0}</translation>
    </message>
    <message>
        <source>Event texts are in English; quotes as their sources wrote them.</source>
        <translation>Hadisə mətnləri ingilis dilindədir; sitatlar mənbədə yazıldığı kimidir.</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Tarix: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Qeyd: %1</translation>
    </message>
    <message>
        <source>Related: %1</source>
        <translation>Əlaqəli hadisə: %1</translation>
    </message>
    <message>
        <source>Show this related event</source>
        <translation>Bu əlaqəli hadisəni göstər</translation>
    </message>
    <message>
        <source>Sources (%1)</source>
        <translation>Mənbələr (%1)</translation>
    </message>
    <message>
        <source>… and %1 more sources, not listed here</source>
        <translation>… və burada göstərilməyən daha %1 mənbə</translation>
    </message>
    <message>
        <source>{year} ({period}: half a year)</source>
        <translation>{year} ({period}: yarım il)</translation>
    </message>
    <message>
        <source>{measure}: ${value} million</source>
        <translation>{measure}: {value} milyon $</translation>
    </message>
    <message>
        <source>Growth of turnover: {rate}%</source>
        <translation>Ticarət dövriyyəsinin artımı: {rate}%</translation>
    </message>
    <message>
        <source>Trade figure</source>
        <translation>Ticarət göstəricisi</translation>
    </message>
    <message>
        <source>Basis: {name}</source>
        <translation>Əsas: {name}</translation>
    </message>
    <message>
        <source>Given by: {who}</source>
        <translation>Məlumatı verən: {who}</translation>
    </message>
    <message>
        <source>Year: {note}</source>
        <translation>İl: {note}</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Mənbə</translation>
    </message>
    <message numerus="yes">
        <source>%n events selected</source>
        <translation>
            <numerusform>%n hadisə seçilib</numerusform>
            <numerusform>%n hadisə seçilib</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… və daha %1</translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <source>English</source>
        <translation>ingilis dili</translation>
    </message>
    <message>
        <source>German</source>
        <translation>alman dili</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>rus dili</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation>Azərbaycan dili</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>qazax dili</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>türk dili</translation>
    </message>
    <message>
        <source>unknown language</source>
        <translation>dil naməlumdur</translation>
    </message>
    <message>
        <source>By date</source>
        <translation>Tarixə görə</translation>
    </message>
    <message>
        <source>By title</source>
        <translation>Ada görə</translation>
    </message>
    <message>
        <source>By outlet</source>
        <translation>Nəşrə görə</translation>
    </message>
    <message>
        <source>Filter by title, outlet or date…</source>
        <translation>Ad, nəşr və ya tarixə görə filtrlə…</translation>
    </message>
    <message>
        <source>Order of the documents in each group</source>
        <translation>Hər qrupda sənədlərin sırası</translation>
    </message>
    <message>
        <source>Full-text documents</source>
        <translation>Tam mətnli sənədlər</translation>
    </message>
    <message>
        <source>Cited public reports</source>
        <translation>İstinad olunan publikasiyalar</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>A public report: its text is not stored, only what it states (above).</source>
        <translation>Publikasiya: mətni saxlanmır, yalnız onda bildirilənlər (yuxarıda).</translation>
    </message>
    <message numerus="yes">
        <source>%n highlighted passages</source>
        <translation>
            <numerusform>%n işarələnmiş parça</numerusform>
            <numerusform>%n işarələnmiş parça</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>back %n events</source>
        <translation>
            <numerusform>%n hadisəni təsdiqləyir</numerusform>
            <numerusform>%n hadisəni təsdiqləyir</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %1 of %2 characters are shown.</source>
        <translation>%2 simvoldan yalnız ilk %1 göstərilir.</translation>
    </message>
    <message>
        <source>Filters cleared to show the events this passage backs</source>
        <translation>Bu parçanın təsdiqlədiyi hadisələri göstərmək üçün filtrlər təmizləndi</translation>
    </message>
    <message numerus="yes">
        <source>Cited by %n events:</source>
        <translation>
            <numerusform>%n hadisədə istinad olunur:</numerusform>
            <numerusform>%n hadisədə istinad olunur:</numerusform>
        </translation>
    </message>
    <message>
        <source>Select this event</source>
        <translation>Bu hadisəni seç</translation>
    </message>
</context>
<context>
    <name>EventLinks</name>
    <message>
        <source>Show this event</source>
        <translation>Bu hadisəni göstər</translation>
    </message>
</context>
<context>
    <name>EventOpening</name>
    <message>
        <source>Cannot show the event</source>
        <translation>Hadisəni göstərmək mümkün deyil</translation>
    </message>
    <message>
        <source>This database has no event with the id “%1”.</source>
        <translation>Bu verilənlər bazasında «%1» identifikatorlu hadisə yoxdur.</translation>
    </message>
</context>
<context>
    <name>EventTable</name>
    <message>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kateqoriya</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Mənbələr</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>choose a name ending in .png or .svg</source>
        <translation>.png və ya .svg ilə bitən ad seçin</translation>
    </message>
    <message>
        <source>the SVG could not be written</source>
        <translation>SVG faylı yazıla bilmədi</translation>
    </message>
    <message>
        <source>the PNG could not be written</source>
        <translation>PNG faylı yazıla bilmədi</translation>
    </message>
    <message>
        <source>the PDF could not be written</source>
        <translation>PDF faylı yazıla bilmədi</translation>
    </message>
    <message>
        <source>choose a name ending in .pdf</source>
        <translation>.pdf ilə bitən ad seçin</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Add Byte-Order Mark to CSV (for Excel)</source>
        <translation>CSV-yə bayt sırası işarəsi əlavə et (Excel üçün)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n events to %1</source>
        <translation>
            <numerusform>%n hadisə %1 faylına ixrac olundu</numerusform>
            <numerusform>%n hadisə %1 faylına ixrac olundu</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the timeline (%1 px wide) to %2</source>
        <translation>Xronologiya (eni %1 px) %2 faylına saxlanıldı</translation>
    </message>
    <message>
        <source>Sources: %1; and %2 cited public reports. Data built %3 (azkz-desktop).</source>
        <translation>Mənbələr: %1; həmçinin istinad olunan %2 publikasiya. Məlumatların yaradılma tarixi: %3 (azkz-desktop).</translation>
    </message>
    <message>
        <source>on an unknown date</source>
        <translation>naməlum</translation>
    </message>
    <message>
        <source>Azerbaijan–Kazakhstan relations: timeline</source>
        <translation>Azərbaycan–Qazaxıstan münasibətləri: xronologiya</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>İxrac</translation>
    </message>
    <message>
        <source>Select events first (click, Ctrl+click or Shift+drag).</source>
        <translation>Əvvəlcə hadisələri seçin (klik, Ctrl+klik və ya Shift+sürükləmə).</translation>
    </message>
    <message>
        <source>Export Selected Events</source>
        <translation>Seçilmiş hadisələri ixrac et</translation>
    </message>
    <message>
        <source>Export All Shown Events</source>
        <translation>Göstərilən bütün hadisələri ixrac et</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV faylları (*.csv)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG şəkli (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG rəsmi (*.svg)</translation>
    </message>
    <message>
        <source>Export Timeline Image</source>
        <translation>Xronologiyanın şəklini ixrac et</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>İxrac alınmadı</translation>
    </message>
</context>
<context>
    <name>Faults</name>
    <message>
        <source>Something went wrong</source>
        <translation>Nəsə səhv getdi</translation>
    </message>
    <message>
        <source>An unexpected error occurred: %1

The app keeps running. The details were written to
%2
(%3).</source>
        <translation>Gözlənilməz xəta baş verdi: %1

Proqram işləməyə davam edir. Təfərrüat bu fayla yazıldı:
%2
(%3).</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>İİİİ, İİİİ-AA və ya İİİİ-AA-GG</translation>
    </message>
    <message>
        <source>2010 or 2010-05</source>
        <translation>2010 və ya 2010-05</translation>
    </message>
    <message>
        <source>Search and filters</source>
        <translation>Axtarış və filtrlər</translation>
    </message>
    <message>
        <source>Search events and documents…</source>
        <translation>Hadisələr və sənədlərdə axtar…</translation>
    </message>
    <message>
        <source>Full-text search (%1)</source>
        <translation>Tam mətnli axtarış (%1)</translation>
    </message>
    <message>
        <source>Categories (%1)</source>
        <translation>Kateqoriyalar (%1)</translation>
    </message>
    <message>
        <source>Bilateral</source>
        <translation>İkitərəfli</translation>
    </message>
    <message>
        <source>Bilateral only: leave out events held within a multilateral setting (CIS, Turkic, SCO, … summits)</source>
        <translation>Yalnız ikitərəfli: çoxtərəfli çərçivədə keçən hadisələri çıxarmaq (MDB, Türk Dövlətləri Təşkilatı, ŞƏT və s. sammitləri)</translation>
    </message>
    <message>
        <source>Starred only: the events you starred (S stars the selection)</source>
        <translation>Yalnız ulduzlu: ulduzladığınız hadisələr (S seçimi ulduzlayır)</translation>
    </message>
    <message>
        <source>  From </source>
        <translation>  Dövr: </translation>
    </message>
    <message>
        <source> to </source>
        <translation> – </translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Filtrləri təmizlə</translation>
    </message>
    <message>
        <source>Show every event again</source>
        <translation>Bütün hadisələri yenidən göstər</translation>
    </message>
    <message>
        <source>Show events from this date: %1</source>
        <translation>Bu tarixdən başlayaraq hadisələri göstər: %1</translation>
    </message>
    <message>
        <source>Show events up to this date: %1</source>
        <translation>Bu tarixə qədər hadisələri göstər: %1</translation>
    </message>
    <message>
        <source>%1 (use %2)</source>
        <translation>%1 (%2 formatından istifadə edin)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Başlanğıc tarixi</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Son tarix</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kateqoriyalar</translation>
    </message>
    <message>
        <source>not a date; use %1</source>
        <translation>tarix deyil; %1 formatından istifadə edin</translation>
    </message>
    <message>
        <source>month %1 does not exist</source>
        <translation>%1 nömrəli ay yoxdur</translation>
    </message>
    <message>
        <source>day %1 does not exist in %2</source>
        <translation>%2 ərzində %1 nömrəli gün yoxdur</translation>
    </message>
    <message>
        <source>year %1 is out of range</source>
        <translation>%1 ili icazə verilən aralıqdan kənardadır</translation>
    </message>
</context>
<context>
    <name>HitTesting</name>
    <message>
        <source>Click to zoom in; Ctrl-click to select them</source>
        <translation>Böyütmək üçün klikləyin; seçmək üçün Ctrl+klik</translation>
    </message>
</context>
<context>
    <name>ImageOptionsDialog</name>
    <message>
        <source>PNG image</source>
        <translation>PNG şəkli</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG rəsmi</translation>
    </message>
    <message>
        <source>Export Timeline Image</source>
        <translation>Xronologiyanın şəklini ixrac et</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;En:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Fayl seç…</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;Sistem dili</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Verilənlər bazasını açmaq mümkün deyil</translation>
    </message>
    <message>
        <source>Cannot show the database</source>
        <translation>Verilənlər bazasını göstərmək mümkün deyil</translation>
    </message>
    <message>
        <source>The settings file was damaged and was set aside as %1</source>
        <translation>Ayarlar faylı zədələnmişdi; o, %1 adı ilə kənara qoyuldu</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Azerbaijan–Kazakhstan relations</source>
        <translation>Azərbaycan–Qazaxıstan münasibətləri</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Xronologiya</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Sənədlər</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Ticarət</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Təfərrüatlar</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Verilənlər bazasını aç</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite verilənlər bazaları (*.sqlite *.db);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Verilənlər bazasını açmaq mümkün deyil</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n hadisə</numerusform>
            <numerusform>%n hadisə</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n events shown</source>
        <translation>
            <numerusform>%n hadisədən %1 göstərilir</numerusform>
            <numerusform>%n hadisədən %1 göstərilir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lanes hidden</source>
        <translation>
            <numerusform>%n zolaq gizlədilib</numerusform>
            <numerusform>%n zolaq gizlədilib</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n seçilib</numerusform>
            <numerusform>%n seçilib</numerusform>
        </translation>
    </message>
    <message>
        <source>database built %1</source>
        <translation>verilənlər bazası %1 tarixli</translation>
    </message>
    <message>
        <source>database</source>
        <translation>verilənlər bazası</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>oflayn</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged records skipped</source>
        <translation>
            <numerusform>%n zədələnmiş qeyd ötürüldü</numerusform>
            <numerusform>%n zədələnmiş qeyd ötürüldü</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Stars added: %1; taken off because they were unstarred there later: %2</source>
        <translation>Əlavə edilən ulduzlar: %1; orada sonradan götürüldüyü üçün götürülənlər: %2</translation>
    </message>
    <message>
        <source>Notes added: %1; replaced by newer ones: %2; cleared because they were cleared there later: %3; kept because yours are newer: %4</source>
        <translation>Əlavə edilən qeydlər: %1; daha yeniləri ilə əvəz edilənlər: %2; orada sonradan silindiyi üçün silinənlər: %3; sizinkilər daha yeni olduğu üçün saxlananlar: %4</translation>
    </message>
    <message>
        <source>Versions added to the note history: %1</source>
        <translation>Qeyd tarixçəsinə əlavə edilən versiyalar: %1</translation>
    </message>
    <message>
        <source>Own events added: %1; updated: %2; unchanged: %3</source>
        <translation>Əlavə edilən öz hadisələriniz: %1; yenilənən: %2; dəyişməyən: %3</translation>
    </message>
    <message>
        <source>Import Workspace</source>
        <translation>İş sahəsini idxal et</translation>
    </message>
    <message>
        <source>Merging %1 into your workspace, by event id, would give:</source>
        <translation>%1 faylını hadisə identifikatoruna görə iş sahənizlə birləşdirməyin nəticəsi belə olardı:</translation>
    </message>
    <message>
        <source>Where both have a note or event, the newer one wins; the other is kept in the history.</source>
        <translation>Hər ikisində qeyd və ya hadisə olduqda daha yenisi üstün tutulur; digəri tarixçədə saxlanılır.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Birləşdir</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Your note on this event (saved as you type)…</source>
        <translation>Bu hadisə haqqında qeydiniz (yazdıqca saxlanılır)…</translation>
    </message>
</context>
<context>
    <name>OrphanNotesDialog</name>
    <message>
        <source>Notes on Events No Longer in the Data</source>
        <translation>Artıq məlumatlarda olmayan hadisələrə dair qeydlər</translation>
    </message>
    <message>
        <source>These notes are on events this database no longer has. They are kept in your workspace and come back if the event does.</source>
        <translation>Bu qeydlər bu verilənlər bazasında artıq olmayan hadisələrə aiddir. Onlar iş sahənizdə saxlanılır və hadisə geri qayıtsa, onlar da qayıdır.</translation>
    </message>
    <message>
        <source>Every note is on an event of this database.</source>
        <translation>Bütün qeydlər bu verilənlər bazasının hadisələrinə aiddir.</translation>
    </message>
</context>
<context>
    <name>OverviewAccessible</name>
    <message>
        <source>Overview: showing %1</source>
        <translation>İcmal: %1 göstərilir</translation>
    </message>
    <message>
        <source>The whole period; the frame marks the stretch the timeline shows. Left and Right move it, plus and minus zoom, Home and End go to the ends</source>
        <translation>Bütün dövr; çərçivə xronologiyada göstərilən aralığı işarələyir. Sola və Sağa onu sürüşdürür, plyus və minus böyüdür və kiçildir, Home və End uclara keçir</translation>
    </message>
    <message>
        <source>Move the window later</source>
        <translation>Göstərilən aralığı sonraya sürüşdürmək</translation>
    </message>
    <message>
        <source>Move the window earlier</source>
        <translation>Göstərilən aralığı əvvələ sürüşdürmək</translation>
    </message>
</context>
<context>
    <name>OverviewStrip</name>
    <message>
        <source>The whole period: drag the frame, or click to move the timeline there. With the keyboard: arrows and Page Up/Down move, + and - zoom, Home and End go to the ends</source>
        <translation>Bütün dövr: xronologiyanı ora keçirmək üçün çərçivəni sürükləyin və ya klikləyin. Klaviatura ilə: oxlar və Page Up/Page Down sürüşdürür, + və - böyüdür və kiçildir, Home və End uclara keçir</translation>
    </message>
</context>
<context>
    <name>OwnEventDialog</name>
    <message>
        <source>Edit Event</source>
        <translation>Hadisəni redaktə et</translation>
    </message>
    <message>
        <source>Add Event</source>
        <translation>Hadisə əlavə et</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Tarix</translation>
    </message>
    <message>
        <source>2024, 2024-03 or 2024-03-10: as precise as you know</source>
        <translation>2024, 2024-03 və ya 2024-03-10: bildiyiniz dəqiqliklə</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Son tarix</translation>
    </message>
    <message>
        <source>optional, at the same precision</source>
        <translation>istəyə bağlı, eyni dəqiqliklə</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Ad</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Xülasə</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kateqoriya</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>Şəxs&amp;lər</translation>
    </message>
    <message>
        <source>names separated by ;</source>
        <translation>adlar ; ilə ayrılır</translation>
    </message>
    <message>
        <source>Source &amp;address</source>
        <translation>Mənbənin &amp;ünvanı</translation>
    </message>
    <message>
        <source>&amp;Outlet</source>
        <translation>&amp;Nəşr</translation>
    </message>
    <message>
        <source>Report t&amp;itle</source>
        <translation>&amp;Publikasiyanın adı</translation>
    </message>
    <message>
        <source>Report da&amp;te</source>
        <translation>Publikasiyanın ta&amp;rixi</translation>
    </message>
    <message>
        <source>or describe the source in your own words</source>
        <translation>və ya mənbəni öz sözlərinizlə təsvir edin</translation>
    </message>
    <message>
        <source>Source as te&amp;xt</source>
        <translation>Mənbə mətn ki&amp;mi</translation>
    </message>
    <message>
        <source>Correct the fields marked in red first</source>
        <translation>Əvvəlcə qırmızı ilə işarələnmiş sahələri düzəldin</translation>
    </message>
</context>
<context>
    <name>PeopleButton</name>
    <message>
        <source>People</source>
        <translation>Şəxslər</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Təşkilatlar</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Ölkələr</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Digər</translation>
    </message>
    <message>
        <source>Find a name…</source>
        <translation>Ad axtar…</translation>
    </message>
    <message>
        <source>Also: {0}</source>
        <translation>Həmçinin: {0}</translation>
    </message>
    <message>
        <source>People ({0})</source>
        <translation>Şəxslər ({0})</translation>
    </message>
</context>
<context>
    <name>PlainText</name>
    <message>
        <source>[%1 more characters not shown]</source>
        <translation>[daha %1 simvol göstərilmir]</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Period: %1</source>
        <translation>Dövr: %1</translation>
    </message>
    <message>
        <source>all events</source>
        <translation>bütün hadisələr</translation>
    </message>
    <message>
        <source>Selection: %1</source>
        <translation>Seçim: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Kateqoriya: %1</translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation>Şəxslər: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Tarix: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Qeyd: %1</translation>
    </message>
    <message>
        <source>Your note: %1</source>
        <translation>Sizin qeydiniz: %1</translation>
    </message>
    <message>
        <source>position not verified</source>
        <translation>yeri yoxlanılmayıb</translation>
    </message>
    <message>
        <source>bundled in azkz-desktop</source>
        <translation>azkz-desktop-a daxildir</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Mənbələr</translation>
    </message>
    <message>
        <source>Data: azkz-desktop, MIT licence. Quoted passages stay under their publishers&apos; terms; Wikipedia text is CC BY-SA.</source>
        <translation>Məlumatlar: azkz-desktop, MIT lisenziyası. Sitatlar öz naşirlərinin şərtlərinə tabedir; Vikipediya mətni CC BY-SA lisenziyasındadır.</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>tarixsiz</translation>
    </message>
    <message>
        <source>no events</source>
        <translation>hadisə yoxdur</translation>
    </message>
    <message>
        <source>Sources: %1 documents and reports, each cited below. Database built %2 (azkz-desktop).</source>
        <translation>Mənbələr: %1 sənəd və publikasiya, hər biri aşağıda göstərilib. Verilənlər bazasının yaradılma tarixi: %2 (azkz-desktop).</translation>
    </message>
    <message>
        <source>on an unknown date</source>
        <translation>naməlum</translation>
    </message>
    <message>
        <source>the pages could not be opened for drawing</source>
        <translation>səhifələri çəkmək üçün açmaq mümkün olmadı</translation>
    </message>
    <message>
        <source>a new page could not be started</source>
        <translation>yeni səhifəyə başlamaq mümkün olmadı</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Səhifə %1 / %2</translation>
    </message>
    <message>
        <source>Timeline of the events in this report</source>
        <translation>Bu hesabatdakı hadisələrin xronologiyası</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Save &amp;Report as PDF…</source>
        <translation>Hesabatı &amp;PDF kimi saxla…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Çap et…</translation>
    </message>
    <message>
        <source>Saved a %1-page report to %2</source>
        <translation>%1 səhifəlik hesabat %2 faylına saxlanıldı</translation>
    </message>
    <message>
        <source>Save Report as PDF</source>
        <translation>Hesabatı PDF kimi saxla</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF sənədləri (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the report</source>
        <translation>Hesabatı saxlamaq mümkün deyil</translation>
    </message>
    <message>
        <source>Azerbaijan–Kazakhstan relations: report</source>
        <translation>Azərbaycan–Qazaxıstan münasibətləri: hesabat</translation>
    </message>
    <message>
        <source>Cannot print the report</source>
        <translation>Hesabatı çap etmək mümkün deyil</translation>
    </message>
    <message>
        <source>Sent %1 pages to the printer</source>
        <translation>Printerə %1 səhifə göndərildi</translation>
    </message>
</context>
<context>
    <name>SlowOpen</name>
    <message>
        <source>the database has no stored timeline arrays</source>
        <translation>verilənlər bazasında saxlanmış xronologiya massivləri yoxdur</translation>
    </message>
    <message>
        <source>the stored timeline arrays are of another format</source>
        <translation>saxlanmış xronologiya massivləri başqa formatdadır</translation>
    </message>
    <message>
        <source>the stored timeline arrays lack their description in meta</source>
        <translation>saxlanmış xronologiya massivlərinin meta-da təsviri yoxdur</translation>
    </message>
    <message>
        <source>the events were changed after the timeline arrays were stored</source>
        <translation>hadisələr xronologiya massivləri saxlanandan sonra dəyişdirilib</translation>
    </message>
    <message>
        <source>the stored timeline arrays were made for other categories</source>
        <translation>saxlanmış xronologiya massivləri başqa kateqoriyalar üçün yaradılıb</translation>
    </message>
    <message>
        <source>the stored timeline arrays do not match the events (rows added or removed)</source>
        <translation>saxlanmış xronologiya massivləri hadisələrə uyğun gəlmir (sətirlər əlavə edilib və ya silinib)</translation>
    </message>
    <message>
        <source>the stored timeline arrays do not match the events (their lanes&apos; lengths differ)</source>
        <translation>saxlanmış xronologiya massivləri hadisələrə uyğun gəlmir (zolaqlarının uzunluqları fərqlənir)</translation>
    </message>
    <message>
        <source>the stored timeline arrays do not match the events (their lengths differ)</source>
        <translation>saxlanmış xronologiya massivləri hadisələrə uyğun gəlmir (uzunluqları fərqlənir)</translation>
    </message>
    <message>
        <source>the stored timeline arrays have damaged lane offsets</source>
        <translation>saxlanmış xronologiya massivlərində zolaq ofsetləri zədələnib</translation>
    </message>
    <message>
        <source>the stored timeline arrays lack {names}</source>
        <translation>saxlanmış xronologiya massivlərində {names} yoxdur</translation>
    </message>
    <message>
        <source>the stored timeline array {name} is damaged</source>
        <translation>saxlanmış xronologiya massivi {name} zədələnib</translation>
    </message>
    <message>
        <source>the stored timeline array {name} points outside the events</source>
        <translation>saxlanmış xronologiya massivi {name} hadisələrin hüdudlarından kənara göstərir</translation>
    </message>
    <message>
        <source>Opened slowly (every event read): {reason}</source>
        <translation>Yavaş açıldı (hər hadisə oxundu): {reason}</translation>
    </message>
    <message>
        <source>This database was opened by reading every event, which is slower for large ones, because {reason}. Rebuilding it stores arrays that open at once.</source>
        <translation>Bu verilənlər bazası hər hadisəni oxumaqla açıldı, bu böyük bazalar üçün daha yavaşdır, çünki {reason}. Yenidən qurulduqda onda dərhal açılan massivlər saxlanılır.</translation>
    </message>
</context>
<context>
    <name>SourceBox</name>
    <message>
        <source>language: %1</source>
        <translation>dil: %1</translation>
    </message>
    <message>
        <source>Copied the %1: %2</source>
        <translation>Kopyalandı (%1): %2</translation>
    </message>
    <message>
        <source>Opening %1 in the web browser</source>
        <translation>%1 veb-brauzerdə açılır</translation>
    </message>
    <message>
        <source>No web browser could be opened for %1; use Copy Address instead.</source>
        <translation>%1 üçün veb-brauzer açıla bilmədi; əvəzinə «Ünvanı kopyala» əmrindən istifadə edin.</translation>
    </message>
    <message>
        <source>Copy Address</source>
        <translation>Ünvanı kopyala</translation>
    </message>
    <message>
        <source>address</source>
        <translation>ünvan</translation>
    </message>
    <message>
        <source>Copy Citation</source>
        <translation>İstinadı kopyala</translation>
    </message>
    <message>
        <source>citation</source>
        <translation>istinad</translation>
    </message>
    <message>
        <source>Open Address in Browser</source>
        <translation>Ünvanı brauzerdə aç</translation>
    </message>
    <message>
        <source>Needs a network connection</source>
        <translation>Şəbəkə bağlantısı lazımdır</translation>
    </message>
    <message>
        <source>Public report</source>
        <translation>Publikasiya</translation>
    </message>
    <message>
        <source>Bundled document</source>
        <translation>Proqrama daxil olan sənəd</translation>
    </message>
    <message>
        <source>⚠ This quote is not in its document at the place recorded.</source>
        <translation>⚠ Bu sitat sənədin qeyd olunan yerində yoxdur.</translation>
    </message>
    <message>
        <source>Open in Document</source>
        <translation>Sənəddə aç</translation>
    </message>
    <message>
        <source>Show the whole document with this passage highlighted</source>
        <translation>Bütün sənədi bu parça işarələnmiş halda göstər</translation>
    </message>
</context>
<context>
    <name>TimelineAccessible</name>
    <message>
        <source>Timeline</source>
        <translation>Xronologiya</translation>
    </message>
    <message>
        <source>Events by date. Left and Right: previous and next event; Enter: details; plus and minus: zoom; Shift with Left and Right: move in time</source>
        <translation>Hadisələr tarixə görə. Sola və Sağa: əvvəlki və növbəti hadisə; Enter: təfərrüatlar; plus və minus: miqyas; Shift ilə Sola və Sağa: zamanda hərəkət</translation>
    </message>
    <message>
        <source>Zoom in to tell these events apart</source>
        <translation>Bu hadisələri ayırd etmək üçün böyüdün</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>ulduzlu</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Qrup</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation>Göstərilir: %1</translation>
    </message>
    <message>
        <source>Star or unstar</source>
        <translation>Ulduz qoymaq və ya götürmək</translation>
    </message>
    <message>
        <source>Zoom in to this cluster&apos;s events</source>
        <translation>Bu qrupun hadisələrinə yaxınlaşdırmaq</translation>
    </message>
    <message>
        <source>Show the event&apos;s details</source>
        <translation>Hadisənin təfərrüatını göstərmək</translation>
    </message>
    <message>
        <source>Make this the current event</source>
        <translation>Bunu cari hadisə etmək</translation>
    </message>
    <message>
        <source>Star the event in your workspace, or take its star away</source>
        <translation>Hadisəni iş sahənizdə ulduzla işarələmək və ya ulduzunu götürmək</translation>
    </message>
</context>
<context>
    <name>TimelineImage</name>
    <message>
        <source>Starred by you</source>
        <translation>Sizin ulduzladıqlarınız</translation>
    </message>
    <message>
        <source>Your own event</source>
        <translation>Öz hadisəniz</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Move “%1” Up</source>
        <translation>«%1» zolağını yuxarı apar</translation>
    </message>
    <message>
        <source>Move “%1” Down</source>
        <translation>«%1» zolağını aşağı apar</translation>
    </message>
    <message>
        <source>Hide “%1”</source>
        <translation>«%1» zolağını gizlət</translation>
    </message>
</context>
<context>
    <name>TradeChart</name>
    <message>
        <source>Kazakhstan&apos;s official statistics</source>
        <translation>Qazaxıstanın rəsmi statistikası</translation>
    </message>
    <message>
        <source>Figures the source credits to Kazakhstan&apos;s statistics office</source>
        <translation>Mənbənin Qazaxıstanın statistika orqanına aid etdiyi rəqəmlər</translation>
    </message>
    <message>
        <source>Kazakh government releases</source>
        <translation>Qazaxıstan hökumətinin açıqlamaları</translation>
    </message>
    <message>
        <source>Figures from the Kazakh President&apos;s or Prime Minister&apos;s press service, the government or a ministry, naming no statistic</source>
        <translation>Qazaxıstan Prezidentinin və ya Baş nazirinin mətbuat xidmətinin, hökumətin və ya nazirliyin statistikaya istinad etmədən verdiyi rəqəmlər</translation>
    </message>
    <message>
        <source>Azerbaijan&apos;s State Customs Committee</source>
        <translation>Azərbaycanın Dövlət Gömrük Komitəsi</translation>
    </message>
    <message>
        <source>Figures the source credits to Azerbaijan&apos;s State Customs Committee</source>
        <translation>Mənbənin Azərbaycanın Dövlət Gömrük Komitəsinə aid etdiyi rəqəmlər</translation>
    </message>
    <message>
        <source>Azerbaijan&apos;s State Statistics Committee</source>
        <translation>Azərbaycanın Dövlət Statistika Komitəsi</translation>
    </message>
    <message>
        <source>Figures the source credits to Azerbaijan&apos;s State Statistics Committee</source>
        <translation>Mənbənin Azərbaycanın Dövlət Statistika Komitəsinə aid etdiyi rəqəmlər</translation>
    </message>
    <message>
        <source>Statements, unattributed reports (never joined)</source>
        <translation>Bəyanatlar, müəllifi göstərilməyən məlumatlar (birləşdirilmir)</translation>
    </message>
    <message>
        <source>A figure an official states without naming a statistic, or a report gives without saying whose it is: each stands alone, never joined to another</source>
        <translation>Rəsmi şəxsin statistikaya istinad etmədən söylədiyi və ya məlumatın kimə aid olduğunu demədən verdiyi rəqəm: hər biri ayrıca durur, başqası ilə birləşdirilmir</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>Ticarət dövriyyəsi</translation>
    </message>
    <message>
        <source>Kazakh exports to Azerbaijan</source>
        <translation>Qazaxıstanın Azərbaycana ixracı</translation>
    </message>
    <message>
        <source>Kazakh imports from Azerbaijan</source>
        <translation>Qazaxıstanın Azərbaycandan idxalı</translation>
    </message>
    <message>
        <source>Azerbaijan–Kazakhstan trade, USD million</source>
        <translation>Azərbaycan–Qazaxıstan ticarəti, milyon ABŞ dolları</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>İl</translation>
    </message>
    <message>
        <source>Follow the timeline</source>
        <translation>Xronologiyanı izlə</translation>
    </message>
    <message>
        <source>Show the same stretch of time as the timeline, and move it with this chart</source>
        <translation>Xronologiyadakı eyni zaman aralığını göstər və onu bu qrafiklə birlikdə sürüşdür</translation>
    </message>
    <message>
        <source>Show All Figures</source>
        <translation>Bütün rəqəmləri göstər</translation>
    </message>
    <message>
        <source>Fit the chart to every figure</source>
        <translation>Qrafiki bütün rəqəmlərə uyğunlaşdır</translation>
    </message>
    <message>
        <source>Save Chart…</source>
        <translation>Qrafiki saxla…</translation>
    </message>
    <message>
        <source>Save Series as CSV…</source>
        <translation>Sıraları CSV kimi saxla…</translation>
    </message>
    <message>
        <source>Hover a point for its figure and source; click it to read the source in the detail pane. Colour: whose figure it is; shape: what it measures. A line joins only consecutive years of one basis. Dotted grey lines: economy &amp; trade events (click one to select it).</source>
        <translation>Rəqəmi və mənbəyini görmək üçün göstəricini nöqtənin üzərinə gətirin; klik mənbəni təfərrüat panelində açır. Rəng — rəqəmin kimə aid olduğu; forma — nəyi ölçdüyü. Xətt yalnız eyni əsasın ardıcıl illərini birləşdirir. Boz nöqtəli xətlər — iqtisadiyyat və ticarət hadisələri (seçmək üçün klikləyin).</translation>
    </message>
    <message>
        <source>Azerbaijan–Kazakhstan trade</source>
        <translation>Azərbaycan–Qazaxıstan ticarəti</translation>
    </message>
    <message>
        <source>Turnover growth, reported without a value</source>
        <translation>Dəyər göstərilmədən bildirilən dövriyyə artımı</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Qrafiki saxla</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG şəkli (*.png);;SVG rəsmi (*.svg)</translation>
    </message>
    <message>
        <source>Save Series as CSV</source>
        <translation>Sıraları CSV kimi saxla</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV faylları (*.csv)</translation>
    </message>
    <message>
        <source>first half</source>
        <translation>birinci yarımil</translation>
    </message>
    <message>
        <source>second half</source>
        <translation>ikinci yarımil</translation>
    </message>
    <message>
        <source>{year}, {half} only</source>
        <translation>{year}, yalnız {half}</translation>
    </message>
    <message>
        <source>Basis: {name}</source>
        <translation>Əsas: {name}</translation>
    </message>
    <message>
        <source>Given by: {who}</source>
        <translation>Məlumatı verən: {who}</translation>
    </message>
    <message>
        <source>Source: {citation}</source>
        <translation>Mənbə: {citation}</translation>
    </message>
    <message>
        <source>Year: {note}</source>
        <translation>İl: {note}</translation>
    </message>
    <message>
        <source>{measure}: ${value} million</source>
        <translation>{measure}: {value} milyon $</translation>
    </message>
    <message>
        <source>(click to read the source in the detail pane)</source>
        <translation>(mənbəni təfərrüat panelində oxumaq üçün klikləyin)</translation>
    </message>
    <message>
        <source>{count} figures here; a click shows the first.</source>
        <translation>Burada {count} rəqəm var; klik birincisini göstərir.</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… və daha {count}</translation>
    </message>
    <message>
        <source>Economy &amp; trade event (click to select it):</source>
        <translation>İqtisadiyyat və ticarət hadisəsi (seçmək üçün klikləyin):</translation>
    </message>
    <message>
        <source>{rate} reported (no value)</source>
        <translation>{rate} bildirilib (dəyər yoxdur)</translation>
    </message>
    <message>
        <source>{rate} reported</source>
        <translation>{rate} bildirilib</translation>
    </message>
    <message>
        <source>Growth of turnover in {year} over the year before, as reported: {rate}</source>
        <translation>Dövriyyənin əvvəlki ilə nisbətən artımı ({year}), bildirildiyi kimi: {rate}</translation>
    </message>
    <message>
        <source>No trade figures for {span}.
The figures cover {first}–{last}: move the timeline there, or press “Show All Figures”.</source>
        <translation>{span} üçün ticarət rəqəmləri yoxdur.
Rəqəmlər {first}–{last} dövrünü əhatə edir: xronologiyanı ora sürüşdürün və ya «Bütün rəqəmləri göstər» düyməsini basın.</translation>
    </message>
    <message>
        <source>Goal, not data: ${value} million turnover (stated {stated})</source>
        <translation>Məqsəd, məlumat deyil: {value} milyon $ dövriyyə (bəyan edilib: {stated})</translation>
    </message>
    <message>
        <source>Hollow: half a year</source>
        <translation>İçi boş nöqtə: yarım il</translation>
    </message>
</context>
<context>
    <name>TradeTable</name>
    <message>
        <source>Year</source>
        <translation>İl</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Göstərici</translation>
    </message>
    <message>
        <source>Value, USD million</source>
        <translation>Dəyər, milyon ABŞ dolları</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Əsas</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Məlumatı verən</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Mənbə</translation>
    </message>
    <message>
        <source>first half</source>
        <translation>birinci yarımil</translation>
    </message>
    <message>
        <source>second half</source>
        <translation>ikinci yarımil</translation>
    </message>
    <message>
        <source>Turnover growth, %1 %</source>
        <translation>Dövriyyə artımı, %1 %</translation>
    </message>
    <message>
        <source>Trade figures</source>
        <translation>Ticarət göstəriciləri</translation>
    </message>
    <message>
        <source>Each figure as its source gives it; Enter shows the source in the detail pane</source>
        <translation>Hər rəqəm mənbəyində verildiyi kimi; Enter mənbəni təfərrüat panelində göstərir</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Verilənlər bazasını &amp;aç…</translation>
    </message>
    <message>
        <source>&amp;Export Selected Events…</source>
        <translation>Seçilmiş hadisələri &amp;ixrac et…</translation>
    </message>
    <message>
        <source>Export &amp;All Shown Events…</source>
        <translation>Göstərilən &amp;bütün hadisələri ixrac et…</translation>
    </message>
    <message>
        <source>Export Timeline &amp;Image…</source>
        <translation>Xronologiyanın &amp;şəklini ixrac et…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;xış</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redaktə</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Ta&amp;p…</translation>
    </message>
    <message>
        <source>Clear F&amp;ilters</source>
        <translation>&amp;Filtrləri təmizlə</translation>
    </message>
    <message>
        <source>Clear &amp;Selection</source>
        <translation>Seçimi &amp;ləğv et</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüş</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Xronologiya</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Sənədlər</translation>
    </message>
    <message>
        <source>T&amp;rade</source>
        <translation>&amp;Ticarət</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Böyüt</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Kiçilt</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>&amp;Hamısını sığdır</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Seçimə &amp;görə miqyas</translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation>&amp;Zolaqlar</translation>
    </message>
    <message>
        <source>&amp;Reset Lanes</source>
        <translation>Zolaqları &amp;sıfırla</translation>
    </message>
    <message>
        <source>Show Figures as Ta&amp;ble</source>
        <translation>Rəqəmləri &amp;cədvəl kimi göstər</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>Tam &amp;ekran</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Mövzu</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Kömək</translation>
    </message>
    <message>
        <source>&amp;Keyboard and Mouse</source>
        <translation>&amp;Klaviatura və siçan</translation>
    </message>
    <message>
        <source>&amp;About azkz-desktop</source>
        <translation>azkz-desktop &amp;haqqında</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistem</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Açıq</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Tünd</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Star</source>
        <translation>Ulduzlama</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>Ulduzun götürülməsi</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Qeydin redaktəsi</translation>
    </message>
    <message>
        <source>Add Event</source>
        <translation>Hadisənin əlavə edilməsi</translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation>Hadisənin redaktəsi</translation>
    </message>
    <message>
        <source>Delete Event</source>
        <translation>Hadisənin silinməsi</translation>
    </message>
    <message>
        <source>Merge of %1</source>
        <translation>%1 faylının birləşdirilməsi</translation>
    </message>
    <message>
        <source>Import Events from CS&amp;V…</source>
        <translation>Hadisələri &amp;CSV-dən idxal et…</translation>
    </message>
    <message>
        <source>Export &amp;Workspace…</source>
        <translation>&amp;İş sahəsini ixrac et…</translation>
    </message>
    <message>
        <source>Import Wor&amp;kspace…</source>
        <translation>İş sahəsini i&amp;dxal et…</translation>
    </message>
    <message>
        <source>&amp;Notes on Events No Longer in the Data…</source>
        <translation>Artıq məlumatlarda olmayan hadisələrə dair &amp;qeydlər…</translation>
    </message>
    <message>
        <source>Import Events from CSV</source>
        <translation>Hadisələri CSV-dən idxal et</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV faylları (*.csv);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>Bu faylı idxal etmək mümkün deyil</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Heç nə idxal edilmədi</translation>
    </message>
    <message>
        <source>Imported %1 events from %2 (%3 replaced)</source>
        <translation>%2 faylından %1 hadisə idxal edildi (%3 əvəz edildi)</translation>
    </message>
    <message>
        <source>Export Workspace</source>
        <translation>İş sahəsini ixrac et</translation>
    </message>
    <message>
        <source>Workspace files (*.azkz-workspace);;All files (*)</source>
        <translation>İş sahəsi faylları (*.azkz-workspace);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <source>Cannot export the workspace</source>
        <translation>İş sahəsini ixrac etmək mümkün deyil</translation>
    </message>
    <message>
        <source>Workspace exported to %1</source>
        <translation>İş sahəsi ixrac edildi: %1</translation>
    </message>
    <message>
        <source>Import Workspace</source>
        <translation>İş sahəsini idxal et</translation>
    </message>
    <message>
        <source>Workspace files (*.azkz-workspace *.sqlite);;All files (*)</source>
        <translation>İş sahəsi faylları (*.azkz-workspace *.sqlite);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <source>Cannot import this workspace</source>
        <translation>Bu iş sahəsini idxal etmək mümkün deyil</translation>
    </message>
    <message>
        <source>Nothing was merged</source>
        <translation>Heç nə birləşdirilmədi</translation>
    </message>
    <message>
        <source>Workspace merged</source>
        <translation>İş sahəsi birləşdirildi</translation>
    </message>
    <message>
        <source>Merged %1:</source>
        <translation>Birləşdirildi: %1</translation>
    </message>
    <message>
        <source>The workspace is damaged (%1).</source>
        <translation>İş sahəsi zədələnib (%1).</translation>
    </message>
    <message>
        <source>No new workspace could be begun in its place (%1). The window runs read-only: stars, notes and your own events cannot be changed until the app is started again.</source>
        <translation>Onun yerinə yeni iş sahəsi başlamaq mümkün olmadı (%1). Pəncərə yalnız oxuma rejimində işləyir: proqram yenidən başladılana qədər ulduzları, qeydləri və öz hadisələrinizi dəyişmək olmur.</translation>
    </message>
    <message>
        <source>A new, empty workspace was begun in its place: stars, notes and your own events can be added again at once.</source>
        <translation>Onun yerinə yeni, boş iş sahəsi başladıldı: ulduzları, qeydləri və öz hadisələrinizi dərhal yenidən əlavə etmək olar.</translation>
    </message>
    <message>
        <source>The damaged file was set aside as %1; it was not deleted.</source>
        <translation>Zədələnmiş fayl %1 adı ilə kənara qoyuldu; o silinmədi.</translation>
    </message>
    <message>
        <source>The workspace was written by a newer version of azkz-desktop (workspace schema version %1; this version reads up to %2).</source>
        <translation>İş sahəsi azkz-desktop-un daha yeni versiyası ilə yazılıb (iş sahəsi sxeminin versiyası: %1; bu versiya ən çox %2 versiyasını oxuyur).</translation>
    </message>
    <message>
        <source>The file was not changed. Open it with that newer version; this one runs read-only without it: stars, notes and your own events cannot be changed.</source>
        <translation>Fayl dəyişdirilmədi. Onu həmin yeni versiya ilə açın; bu versiya onsuz yalnız oxuma rejimində işləyir: ulduzları, qeydləri və öz hadisələrinizi dəyişmək olmur.</translation>
    </message>
    <message>
        <source>The file was not changed. The window runs read-only without it: stars, notes and your own events cannot be changed until it can be opened.</source>
        <translation>Fayl dəyişdirilmədi. Pəncərə onsuz yalnız oxuma rejimində işləyir: o açıla bilənə qədər ulduzları, qeydləri və öz hadisələrinizi dəyişmək olmur.</translation>
    </message>
    <message>
        <source>Your workspace cannot be used</source>
        <translation>İş sahənizdən istifadə etmək mümkün deyil</translation>
    </message>
    <message>
        <source>Your workspace was damaged</source>
        <translation>İş sahəniz zədələnmişdi</translation>
    </message>
</context>
<context>
    <name>WorkspaceController</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri qaytar</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Təkrarla</translation>
    </message>
    <message>
        <source>S&amp;tar or Unstar</source>
        <translation>&amp;Ulduzla və ya ulduzu götür</translation>
    </message>
    <message>
        <source>&amp;Add Event…</source>
        <translation>Hadisə &amp;əlavə et…</translation>
    </message>
    <message>
        <source>Edit E&amp;vent…</source>
        <translation>Hadisəni re&amp;daktə et…</translation>
    </message>
    <message>
        <source>&amp;Delete Event</source>
        <translation>Hadisəni &amp;sil</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Geri qaytar: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Təkrarla: %1</translation>
    </message>
    <message>
        <source>Your workspace could not be opened: %1</source>
        <translation>İş sahənizi açmaq mümkün olmadı: %1</translation>
    </message>
    <message>
        <source>No workspace is open in this window</source>
        <translation>Bu pəncərədə açıq iş sahəsi yoxdur</translation>
    </message>
    <message>
        <source>Workspace unavailable</source>
        <translation>İş sahəsi əlçatan deyil</translation>
    </message>
    <message>
        <source>◇ Your own event</source>
        <translation>◇ Öz hadisəniz</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ Ulduzlu</translation>
    </message>
    <message>
        <source>My note: %1</source>
        <translation>Mənim qeydim: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n changes were left as they are: they had been changed since</source>
        <translation>
            <numerusform>%n dəyişiklik olduğu kimi saxlanıldı: o vaxtdan bəri dəyişdirilmişdi</numerusform>
            <numerusform>%n dəyişiklik olduğu kimi saxlanıldı: o vaxtdan bəri dəyişdirilmişdi</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Saxlanılmadı: %1</translation>
    </message>
    <message>
        <source>Your change could not be saved</source>
        <translation>Dəyişikliyinizi saxlamaq mümkün olmadı</translation>
    </message>
</context>
<context>
    <name>WorkspacePanel</name>
    <message>
        <source>◇ Your own event</source>
        <translation>◇ Öz hadisəniz</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redaktə et…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>Mənim qeydim</translation>
    </message>
    <message>
        <source>Select one event to star it or write a note on it.</source>
        <translation>Ulduzla işarələmək və ya qeyd yazmaq üçün bir hadisə seçin.</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ Ulduzlu</translation>
    </message>
    <message>
        <source>☆ Star</source>
        <translation>☆ Ulduzla</translation>
    </message>
    <message>
        <source>Select one event to star it</source>
        <translation>Ulduzla işarələmək üçün bir hadisə seçin</translation>
    </message>
    <message>
        <source>Unstar this event (S)</source>
        <translation>Bu hadisənin ulduzunu götür (S)</translation>
    </message>
    <message>
        <source>Star this event (S)</source>
        <translation>Bu hadisəni ulduzla (S)</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Could not save</source>
        <translation>Saxlamaq mümkün olmadı</translation>
    </message>
</context>
</TS>
