<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Event titles, summaries and quoted sources are in English or in their documents&apos; languages; the app&apos;s own words follow View → Language.</source>
        <translation>Оқиғалардың атаулары, сипаттамалары мен дереккөз үзінділері ағылшын тілінде немесе құжаттың өз тілінде; бағдарламаның өз мәтіндері «Көрініс → Тіл» мәзірінде таңдалған тілде көрсетіледі.</translation>
    </message>
    <message>
        <source>Qt has no Azerbaijani catalogue: its standard dialog buttons stay in English.</source>
        <translation>Qt кітапханасында әзірбайжан тіліне аударма жоқ: стандартты диалог түймелері ағылшынша қалады.</translation>
    </message>
    <message>
        <source>The history of Azerbaijan–Kazakhstan relations, offline. Every event cites its source.</source>
        <translation>Әзірбайжан–Қазақстан қарым-қатынастарының тарихы, желісіз. Әр оқиғаның дереккөзі көрсетілген.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Дерекқор: %1</translation>
    </message>
    <message>
        <source>Built: %1 (schema version %2)</source>
        <translation>Жасалған күні: %1 (схема нұсқасы %2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <source>Bundled documents:</source>
        <translation>Қоса берілген құжаттар:</translation>
    </message>
    <message>
        <source>The licence file %1 cannot be read (%2). The code is MIT; the data is CC BY-SA 4.0.</source>
        <translation>%1 лицензия файлын оқу мүмкін емес (%2). Код MIT лицензиясымен, деректер CC BY-SA 4.0 лицензиясымен таратылады.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About azkz-desktop</source>
        <translation>azkz-desktop туралы</translation>
    </message>
</context>
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Search events and documents</source>
        <translation>Оқиғалар мен құжаттардан іздеу</translation>
    </message>
    <message>
        <source>Type words; Enter selects the first event found</source>
        <translation>Сөздерді теріңіз; Enter табылған алғашқы оқиғаны таңдайды</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Бастапқы күн</translation>
    </message>
    <message>
        <source>Year, year-month or full date, such as 2004 or 2004-03</source>
        <translation>Жыл, жыл-ай немесе толық күн, мысалы 2004 не 2004-03</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Соңғы күн</translation>
    </message>
    <message>
        <source>Year, year-month or full date, such as 2024 or 2024-12-31</source>
        <translation>Жыл, жыл-ай немесе толық күн, мысалы 2024 не 2024-12-31</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Адамды іздеу</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <source>Tick names to show only their events</source>
        <translation>Тек солардың оқиғаларын көрсету үшін есімдерді белгілеңіз</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <source>The events shown, by date; Enter shows one&apos;s details</source>
        <translation>Көрсетілген оқиғалар күні бойынша; Enter оқиға мәліметтерін көрсетеді</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Мәліметтер</translation>
    </message>
    <message>
        <source>The current event and its sources</source>
        <translation>Ағымдағы оқиға және оның дереккөздері</translation>
    </message>
    <message>
        <source>Filter documents</source>
        <translation>Құжаттарды сүзу</translation>
    </message>
    <message>
        <source>By title, outlet or date</source>
        <translation>Атауы, басылымы немесе күні бойынша</translation>
    </message>
    <message>
        <source>Sort documents</source>
        <translation>Құжаттарды сұрыптау</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>Құжат мәтіні</translation>
    </message>
    <message>
        <source>Events citing this document</source>
        <translation>Осы құжатқа сілтеме жасайтын оқиғалар</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Көріністер</translation>
    </message>
    <message>
        <source>Trade chart</source>
        <translation>Сауда диаграммасы</translation>
    </message>
    <message>
        <source>View, Show Figures as Table, reads the same figures as a table</source>
        <translation>«Көрініс → Деректерді кесте түрінде көрсету» мәзірі сол деректерді кесте түрінде көрсетеді</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Diplomacy</source>
        <translation>Дипломатия</translation>
    </message>
    <message>
        <source>Treaties &amp; law</source>
        <translation>Шарттар және құқық</translation>
    </message>
    <message>
        <source>Economy &amp; trade</source>
        <translation>Экономика және сауда</translation>
    </message>
    <message>
        <source>Energy &amp; transport</source>
        <translation>Энергетика және көлік</translation>
    </message>
    <message>
        <source>Culture &amp; society</source>
        <translation>Мәдениет және қоғам</translation>
    </message>
    <message>
        <source>Conflict &amp; security</source>
        <translation>Қақтығыс және қауіпсіздік</translation>
    </message>
</context>
<context>
    <name>CategoryMenu</name>
    <message>
        <source>Show All</source>
        <translation>Барлығын көрсету</translation>
    </message>
    <message>
        <source>Show None</source>
        <translation>Ешқайсысын көрсетпеу</translation>
    </message>
    <message>
        <source>Show Only</source>
        <translation>Тек мынаны көрсету</translation>
    </message>
</context>
<context>
    <name>CitingActions</name>
    <message>
        <source>Chicago (Author-Date)</source>
        <translation>Чикаго (автор–күн)</translation>
    </message>
    <message>
        <source>APA</source>
        <translation>APA</translation>
    </message>
    <message>
        <source>all events</source>
        <translation>барлық оқиғалар</translation>
    </message>
    <message>
        <source>Export Citatio&amp;ns…</source>
        <translation>&amp;Дереккөз сілтемелерін экспорттау…</translation>
    </message>
    <message>
        <source>Copy &amp;Citation</source>
        <translation>Де&amp;реккөз сілтемесін көшіру</translation>
    </message>
    <message>
        <source>The sources of the current event, in the citation style</source>
        <translation>Ағымдағы оқиғаның дереккөздері таңдалған сілтеме стилінде</translation>
    </message>
    <message>
        <source>Copy &amp;Link to Event</source>
        <translation>Оқиғаға сі&amp;лтемені көшіру</translation>
    </message>
    <message>
        <source>Citation St&amp;yle</source>
        <translation>Сілтеме ст&amp;илі</translation>
    </message>
    <message>
        <source>Wrote %1 citations to %2</source>
        <translation>%1 дереккөз сілтемесі %2 файлына жазылды</translation>
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
        <translation>Дереккөз сілтемелерін экспорттау</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Экспорттау сәтсіз аяқталды</translation>
    </message>
    <message>
        <source>Select an event to copy its citation</source>
        <translation>Дереккөз сілтемесін көшіру үшін оқиғаны таңдаңыз</translation>
    </message>
    <message>
        <source>Cannot format the citation</source>
        <translation>Дереккөз сілтемесін рәсімдеу мүмкін емес</translation>
    </message>
    <message>
        <source>Copied the citation</source>
        <translation>Дереккөз сілтемесі көшірілді</translation>
    </message>
    <message>
        <source>Select an event to copy a link to it</source>
        <translation>Сілтемесін көшіру үшін оқиғаны таңдаңыз</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Көшірілді: %1</translation>
    </message>
    <message>
        <source>Copy Citation (%1)</source>
        <translation>Дереккөз сілтемесін көшіру (%1)</translation>
    </message>
</context>
<context>
    <name>ControlsHelp</name>
    <message>
        <source>Timeline</source>
        <translation>Уақыт сызығы</translation>
    </message>
    <message>
        <source>Mouse wheel, pinch</source>
        <translation>Тінтуір дөңгелегі, саусақпен қысу</translation>
    </message>
    <message>
        <source>Zoom around the pointer</source>
        <translation>Меңзер маңында масштабтау</translation>
    </message>
    <message>
        <source>Drag, Shift+wheel, Shift+Left/Right</source>
        <translation>Сүйреу, Shift+дөңгелек, Shift+Солға/Оңға</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Уақыт бойынша жылжу</translation>
    </message>
    <message>
        <source>+ and -</source>
        <translation>+ және -</translation>
    </message>
    <message>
        <source>Zoom in and out</source>
        <translation>Үлкейту және кішірейту</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Барлығын сыйғызу</translation>
    </message>
    <message>
        <source>Z</source>
        <translation>Z</translation>
    </message>
    <message>
        <source>Zoom to the selection</source>
        <translation>Таңдалғанға масштабтау</translation>
    </message>
    <message>
        <source>Click</source>
        <translation>Шерту</translation>
    </message>
    <message>
        <source>Select an event</source>
        <translation>Оқиғаны таңдау</translation>
    </message>
    <message>
        <source>Ctrl+click</source>
        <translation>Ctrl+шерту</translation>
    </message>
    <message>
        <source>Add an event to the selection, or take it out</source>
        <translation>Оқиғаны таңдалғанға қосу не одан алып тастау</translation>
    </message>
    <message>
        <source>Click a cluster</source>
        <translation>Топты шерту</translation>
    </message>
    <message>
        <source>Zoom into it</source>
        <translation>Оны үлкейту</translation>
    </message>
    <message>
        <source>Ctrl+click a cluster</source>
        <translation>Топты Ctrl+шерту</translation>
    </message>
    <message>
        <source>Select its events</source>
        <translation>Оның оқиғаларын таңдау</translation>
    </message>
    <message>
        <source>Shift+drag</source>
        <translation>Shift+сүйреу</translation>
    </message>
    <message>
        <source>Select every event in a span (replaces the selection)</source>
        <translation>Аралықтағы барлық оқиғаны таңдау (таңдалғанды ауыстырады)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+drag</source>
        <translation>Ctrl+Shift+сүйреу</translation>
    </message>
    <message>
        <source>Add every event in a span to the selection</source>
        <translation>Аралықтағы барлық оқиғаны таңдалғанға қосу</translation>
    </message>
    <message>
        <source>Left/Right</source>
        <translation>Солға/Оңға</translation>
    </message>
    <message>
        <source>Previous/next event (its details show at once)</source>
        <translation>Алдыңғы/келесі оқиға (мәліметтері бірден көрінеді)</translation>
    </message>
    <message>
        <source>Enter, double-click</source>
        <translation>Enter, қос шерту</translation>
    </message>
    <message>
        <source>Bring the detail pane forward, opening it if it was closed</source>
        <translation>Мәліметтер тақтасын алдыға шығару, жабық болса ашу</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Таңдауды алып тастау</translation>
    </message>
    <message>
        <source>Right-click a lane&apos;s name</source>
        <translation>Жолақ атауын оң жақпен шерту</translation>
    </message>
    <message>
        <source>Move or hide the lane</source>
        <translation>Жолақты жылжыту не жасыру</translation>
    </message>
    <message>
        <source>Moving around the window</source>
        <translation>Терезе бойынша жылжу</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Next/previous area: search, filters, tabs, timeline, overview, list, details</source>
        <translation>Келесі/алдыңғы аймақ: іздеу, сүзгілер, қойындылар, уақыт сызығы, шолу, тізім, мәліметтер</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Бағыт пернелері</translation>
    </message>
    <message>
        <source>Move inside the list, the timeline or a menu</source>
        <translation>Тізімде, уақыт сызығында не мәзірде жылжу</translation>
    </message>
    <message>
        <source>Ctrl+1, Ctrl+2, Ctrl+3</source>
        <translation>Ctrl+1, Ctrl+2, Ctrl+3</translation>
    </message>
    <message>
        <source>Timeline, Documents, Trade</source>
        <translation>Уақыт сызығы, Құжаттар, Сауда</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Trade figures as a table, or the chart again</source>
        <translation>Сауда деректерін кесте түрінде не қайтадан диаграмма ретінде көрсету</translation>
    </message>
    <message>
        <source>Search and filters</source>
        <translation>Іздеу және сүзгілер</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Search titles, summaries and documents as you type</source>
        <translation>Теру барысында атаулардан, сипаттамалардан және құжаттардан іздеу</translation>
    </message>
    <message>
        <source>Enter in the search field</source>
        <translation>Іздеу өрісінде Enter</translation>
    </message>
    <message>
        <source>Select the first hit</source>
        <translation>Алғашқы табылғанды таңдау</translation>
    </message>
    <message>
        <source>Esc in the search field</source>
        <translation>Іздеу өрісінде Esc</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Іздеуді тазарту</translation>
    </message>
    <message>
        <source>Categories, People, From/To</source>
        <translation>Санаттар, Адамдар, Кезең</translation>
    </message>
    <message>
        <source>Narrow every view, the count and the export</source>
        <translation>Барлық көріністі, санды және экспортты тарылтады</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Барлық сүзгіні тазарту</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <source>Click a highlighted passage</source>
        <translation>Белгіленген үзіндіні шерту</translation>
    </message>
    <message>
        <source>Select the events it backs</source>
        <translation>Ол растайтын оқиғаларды таңдау</translation>
    </message>
    <message>
        <source>Open in Document (detail pane)</source>
        <translation>Құжатта ашу (мәліметтер тақтасы)</translation>
    </message>
    <message>
        <source>Show the quoted passage in its document</source>
        <translation>Келтірілген үзіндіні өз құжатында көрсету</translation>
    </message>
    <message>
        <source>Copy Address, Copy Citation</source>
        <translation>Мекенжайды көшіру, Дереккөз сілтемесін көшіру</translation>
    </message>
    <message>
        <source>Put a source&apos;s full address or a citation on the clipboard</source>
        <translation>Дереккөздің толық мекенжайын не дереккөз сілтемесін алмасу буферіне салу</translation>
    </message>
    <message>
        <source>Your workspace</source>
        <translation>Сіздің жұмыс кеңістігіңіз</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Star the selected events, or unstar them (also in the context menus)</source>
        <translation>Таңдалған оқиғаларды жұлдызшамен белгілеу не белгіні алу (мәтінмәндік мәзірлерде де)</translation>
    </message>
    <message>
        <source>★ in the filter bar</source>
        <translation>Сүзгі тақтасындағы ★</translation>
    </message>
    <message>
        <source>Show only starred events, with the other filters</source>
        <translation>Басқа сүзгілермен бірге тек жұлдызшалы оқиғаларды көрсету</translation>
    </message>
    <message>
        <source>Type in My note (detail pane)</source>
        <translation>«Менің жазбам» өрісіне жазу (мәліметтер тақтасы)</translation>
    </message>
    <message>
        <source>Write a note; it is saved as you type</source>
        <translation>Жазба жазу; ол теру барысында сақталады</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Add an event of your own</source>
        <translation>Өз оқиғаңызды қосу</translation>
    </message>
    <message>
        <source>Ctrl+Z, Ctrl+Shift+Z</source>
        <translation>Ctrl+Z, Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Undo and redo stars, notes and your own events</source>
        <translation>Жұлдызшаларды, жазбаларды және өз оқиғаларыңызды болдырмау және қайталау</translation>
    </message>
    <message>
        <source>Overview strip</source>
        <translation>Шолу жолағы</translation>
    </message>
    <message>
        <source>Drag the frame, click</source>
        <translation>Жақтауды сүйреу, шерту</translation>
    </message>
    <message>
        <source>Move the timeline</source>
        <translation>Уақыт сызығын жылжыту</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>Дөңгелек</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Масштабтау</translation>
    </message>
    <message>
        <source>Tab from the timeline</source>
        <translation>Уақыт сызығынан Tab</translation>
    </message>
    <message>
        <source>Give the strip the keyboard (a ring shows it has it)</source>
        <translation>Пернетақтаны жолаққа беру (айналасындағы жиек мұны көрсетеді)</translation>
    </message>
    <message>
        <source>Left/Right, Page Up/Page Down</source>
        <translation>Солға/Оңға, Page Up/Page Down</translation>
    </message>
    <message>
        <source>Move the timeline by a step, or by a whole window</source>
        <translation>Уақыт сызығын бір қадамға не көрінетін аралықтың тұтас ұзындығына жылжыту</translation>
    </message>
    <message>
        <source>Home, End</source>
        <translation>Home, End</translation>
    </message>
    <message>
        <source>Go to the start or the end of the period</source>
        <translation>Кезеңнің басына не соңына өту</translation>
    </message>
    <message>
        <source>Keyboard and Mouse</source>
        <translation>Пернетақта және тінтуір</translation>
    </message>
    <message>
        <source>Keys or mouse</source>
        <translation>Пернелер не тінтуір</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Не істейді</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n оқиға</numerusform>
            <numerusform>%n оқиға</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources</source>
        <translation>
            <numerusform>%n дереккөз</numerusform>
            <numerusform>%n дереккөз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected events</source>
        <translation>
            <numerusform>%n таңдалған оқиға</numerusform>
            <numerusform>%n таңдалған оқиға</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events from %1</source>
        <translation>
            <numerusform>%1 аралығындағы %n оқиға</numerusform>
            <numerusform>%1 аралығындағы %n оқиға</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source citations</source>
        <translation>
            <numerusform>%n дереккөз сілтемесі</numerusform>
            <numerusform>%n дереккөз сілтемесі</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trade figures</source>
        <translation>
            <numerusform>%n сауда көрсеткіші</numerusform>
            <numerusform>%n сауда көрсеткіші</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starred</source>
        <translation>
            <numerusform>%n жұлдызшалы</numerusform>
            <numerusform>%n жұлдызшалы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import of %n Events</source>
        <translation>
            <numerusform>%n оқиғаның импорты</numerusform>
            <numerusform>%n оқиғаның импорты</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events, %1</source>
        <translation>
            <numerusform>%n оқиға, %1</numerusform>
            <numerusform>%n оқиға, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n selected</source>
        <translation>
            <numerusform>%n ішінен %1 таңдалды</numerusform>
            <numerusform>%n ішінен %1 таңдалды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plus %n cited public reports (see each event&apos;s sources).</source>
        <translation>
            <numerusform>Сондай-ақ сілтеме жасалған %n жарияланым (оқиғалардың дереккөздерін қараңыз).</numerusform>
            <numerusform>Сондай-ақ сілтеме жасалған %n жарияланым (оқиғалардың дереккөздерін қараңыз).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import CSV</source>
        <translation>CSV импорттау</translation>
    </message>
    <message>
        <source>%1: %2 rows can be imported as your own events, %3 rows are rejected.</source>
        <translation>%1: %2 жолды өз оқиғаларыңыз ретінде импорттауға болады, %3 жол қабылданбады.</translation>
    </message>
    <message>
        <source>Importing adds the accepted rows only, all at once.</source>
        <translation>Импорт тек қабылданған жолдарды бірден қосады.</translation>
    </message>
    <message>
        <source>Columns not used: %1.</source>
        <translation>Пайдаланылмаған бағандар: %1.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <source>Accepted (%1)</source>
        <translation>Қабылданды (%1)</translation>
    </message>
    <message>
        <source>Why it is rejected</source>
        <translation>Қабылданбау себебі</translation>
    </message>
    <message>
        <source>Rejected (%1)</source>
        <translation>Қабылданбады (%1)</translation>
    </message>
    <message>
        <source>Import %1 Events</source>
        <translation>%1 оқиғаны импорттау</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>People: {0}</source>
        <translation>Адамдар: {0}</translation>
    </message>
    <message>
        <source>Organisations: {0}</source>
        <translation>Ұйымдар: {0}</translation>
    </message>
    <message>
        <source>Countries: {0}</source>
        <translation>Елдер: {0}</translation>
    </message>
    <message>
        <source>Also named: {0}</source>
        <translation>Сондай-ақ аталған: {0}</translation>
    </message>
    <message>
        <source>Select an event on the timeline or in the list to read it and its sources.</source>
        <translation>Оқиғаны және оның дереккөздерін оқу үшін уақыт сызығынан не тізімнен таңдаңыз.</translation>
    </message>
    <message>
        <source>held within: {0}</source>
        <translation>аясында: {0}</translation>
    </message>
    <message>
        <source>Event texts are in English; quotes as their sources wrote them.</source>
        <translation>Оқиға мәтіндері ағылшынша; үзінділер дереккөздегідей.</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Күні: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Ескертпе: %1</translation>
    </message>
    <message>
        <source>Related: %1</source>
        <translation>Байланысты оқиға: %1</translation>
    </message>
    <message>
        <source>Show this related event</source>
        <translation>Осы байланысты оқиғаны көрсету</translation>
    </message>
    <message>
        <source>Sources (%1)</source>
        <translation>Дереккөздер (%1)</translation>
    </message>
    <message>
        <source>… and %1 more sources, not listed here</source>
        <translation>… және мұнда көрсетілмеген тағы %1 дереккөз</translation>
    </message>
    <message>
        <source>{year} ({period}: half a year)</source>
        <translation>{year} ({period}: жарты жыл)</translation>
    </message>
    <message>
        <source>{measure}: ${value} million</source>
        <translation>{measure}: {value} млн $</translation>
    </message>
    <message>
        <source>Growth of turnover: {rate}%</source>
        <translation>Тауар айналымының өсуі: {rate}%</translation>
    </message>
    <message>
        <source>Trade figure</source>
        <translation>Сауда көрсеткіші</translation>
    </message>
    <message>
        <source>Basis: {name}</source>
        <translation>Негізі: {name}</translation>
    </message>
    <message>
        <source>Given by: {who}</source>
        <translation>Дерек берген: {who}</translation>
    </message>
    <message>
        <source>Year: {note}</source>
        <translation>Жыл: {note}</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message numerus="yes">
        <source>%n events selected</source>
        <translation>
            <numerusform>%n оқиға таңдалды</numerusform>
            <numerusform>%n оқиға таңдалды</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… және тағы %1</translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <source>English</source>
        <translation>ағылшын тілі</translation>
    </message>
    <message>
        <source>German</source>
        <translation>неміс тілі</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>орыс тілі</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation>әзірбайжан тілі</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>қазақ тілі</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>түрік тілі</translation>
    </message>
    <message>
        <source>unknown language</source>
        <translation>тілі белгісіз</translation>
    </message>
    <message>
        <source>By date</source>
        <translation>Күні бойынша</translation>
    </message>
    <message>
        <source>By title</source>
        <translation>Атауы бойынша</translation>
    </message>
    <message>
        <source>By outlet</source>
        <translation>Басылымы бойынша</translation>
    </message>
    <message>
        <source>Filter by title, outlet or date…</source>
        <translation>Атауы, басылымы не күні бойынша сүзу…</translation>
    </message>
    <message>
        <source>Order of the documents in each group</source>
        <translation>Әр топтағы құжаттардың реті</translation>
    </message>
    <message>
        <source>Full-text documents</source>
        <translation>Толық мәтінді құжаттар</translation>
    </message>
    <message>
        <source>Cited public reports</source>
        <translation>Сілтеме жасалған жарияланымдар</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>A public report: its text is not stored, only what it states (above).</source>
        <translation>Жарияланым: оның мәтіні сақталмайды, тек онда айтылғаны ғана (жоғарыда).</translation>
    </message>
    <message numerus="yes">
        <source>%n highlighted passages</source>
        <translation>
            <numerusform>%n белгіленген үзінді</numerusform>
            <numerusform>%n белгіленген үзінді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>back %n events</source>
        <translation>
            <numerusform>%n оқиғаны растайды</numerusform>
            <numerusform>%n оқиғаны растайды</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %1 of %2 characters are shown.</source>
        <translation>%2 таңбаның тек алғашқы %1 таңбасы көрсетілген.</translation>
    </message>
    <message>
        <source>Filters cleared to show the events this passage backs</source>
        <translation>Осы үзінді растайтын оқиғаларды көрсету үшін сүзгілер тазартылды</translation>
    </message>
    <message numerus="yes">
        <source>Cited by %n events:</source>
        <translation>
            <numerusform>%n оқиғада сілтеме бар:</numerusform>
            <numerusform>%n оқиғада сілтеме бар:</numerusform>
        </translation>
    </message>
    <message>
        <source>Select this event</source>
        <translation>Осы оқиғаны таңдау</translation>
    </message>
</context>
<context>
    <name>EventLinks</name>
    <message>
        <source>Show this event</source>
        <translation>Осы оқиғаны көрсету</translation>
    </message>
</context>
<context>
    <name>EventOpening</name>
    <message>
        <source>Cannot show the event</source>
        <translation>Оқиғаны көрсету мүмкін емес</translation>
    </message>
    <message>
        <source>This database has no event with the id “%1”.</source>
        <translation>Бұл дерекқорда «%1» идентификаторлы оқиға жоқ.</translation>
    </message>
</context>
<context>
    <name>EventTable</name>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>choose a name ending in .png or .svg</source>
        <translation>.png немесе .svg деп аяқталатын атау таңдаңыз</translation>
    </message>
    <message>
        <source>the SVG could not be written</source>
        <translation>SVG файлын жазу мүмкін болмады</translation>
    </message>
    <message>
        <source>the PNG could not be written</source>
        <translation>PNG файлын жазу мүмкін болмады</translation>
    </message>
    <message>
        <source>the PDF could not be written</source>
        <translation>PDF файлын жазу мүмкін болмады</translation>
    </message>
    <message>
        <source>choose a name ending in .pdf</source>
        <translation>.pdf деп аяқталатын атау таңдаңыз</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Add Byte-Order Mark to CSV (for Excel)</source>
        <translation>CSV файлына байт ретінің белгісін қосу (Excel үшін)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n events to %1</source>
        <translation>
            <numerusform>%n оқиға %1 файлына экспортталды</numerusform>
            <numerusform>%n оқиға %1 файлына экспортталды</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the timeline (%1 px wide) to %2</source>
        <translation>Уақыт сызығы (ені %1 px) %2 файлына сақталды</translation>
    </message>
    <message>
        <source>Sources: %1; and %2 cited public reports. Data built %3 (azkz-desktop).</source>
        <translation>Дереккөздер: %1; сондай-ақ сілтеме жасалған %2 жарияланым. Деректер жасалған күні: %3 (azkz-desktop).</translation>
    </message>
    <message>
        <source>on an unknown date</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <source>Azerbaijan–Kazakhstan relations: timeline</source>
        <translation>Әзірбайжан–Қазақстан қарым-қатынастары: уақыт сызығы</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорттау</translation>
    </message>
    <message>
        <source>Select events first (click, Ctrl+click or Shift+drag).</source>
        <translation>Алдымен оқиғаларды таңдаңыз (шерту, Ctrl+шерту не Shift+сүйреу).</translation>
    </message>
    <message>
        <source>Export Selected Events</source>
        <translation>Таңдалған оқиғаларды экспорттау</translation>
    </message>
    <message>
        <source>Export All Shown Events</source>
        <translation>Көрсетілген барлық оқиғаны экспорттау</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG суреті (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG сызбасы (*.svg)</translation>
    </message>
    <message>
        <source>Export Timeline Image</source>
        <translation>Уақыт сызығының суретін экспорттау</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Экспорттау сәтсіз аяқталды</translation>
    </message>
</context>
<context>
    <name>Faults</name>
    <message>
        <source>Something went wrong</source>
        <translation>Бір нәрсе дұрыс болмады</translation>
    </message>
    <message>
        <source>An unexpected error occurred: %1

The app keeps running. The details were written to
%2
(%3).</source>
        <translation>Күтпеген қате орын алды: %1

Бағдарлама жұмысын жалғастырады. Толық мәлімет мына файлға жазылды:
%2
(%3).</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>ЖЖЖЖ, ЖЖЖЖ-АА немесе ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <source>2010 or 2010-05</source>
        <translation>2010 не 2010-05</translation>
    </message>
    <message>
        <source>Search and filters</source>
        <translation>Іздеу және сүзгілер</translation>
    </message>
    <message>
        <source>Search events and documents…</source>
        <translation>Оқиғалар мен құжаттардан іздеу…</translation>
    </message>
    <message>
        <source>Full-text search (%1)</source>
        <translation>Толық мәтіндік іздеу (%1)</translation>
    </message>
    <message>
        <source>Categories (%1)</source>
        <translation>Санаттар (%1)</translation>
    </message>
    <message>
        <source>Bilateral</source>
        <translation>Екіжақты</translation>
    </message>
    <message>
        <source>Bilateral only: leave out events held within a multilateral setting (CIS, Turkic, SCO, … summits)</source>
        <translation>Тек екіжақты: көпжақты форматтағы оқиғаларды шығарып тастау (ТМД, Түркі мемлекеттері ұйымы, ШЫҰ және т.б. саммиттері)</translation>
    </message>
    <message>
        <source>Starred only: the events you starred (S stars the selection)</source>
        <translation>Тек жұлдызшалы: сіз белгілеген оқиғалар (S таңдалғанды белгілейді)</translation>
    </message>
    <message>
        <source>  From </source>
        <translation>  Кезең: </translation>
    </message>
    <message>
        <source> to </source>
        <translation> – </translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Сүзгілерді тазарту</translation>
    </message>
    <message>
        <source>Show every event again</source>
        <translation>Барлық оқиғаны қайта көрсету</translation>
    </message>
    <message>
        <source>Show events from this date: %1</source>
        <translation>Осы күннен бастап оқиғаларды көрсету: %1</translation>
    </message>
    <message>
        <source>Show events up to this date: %1</source>
        <translation>Осы күнге дейінгі оқиғаларды көрсету: %1</translation>
    </message>
    <message>
        <source>%1 (use %2)</source>
        <translation>%1 (%2 пішімін қолданыңыз)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Бастапқы күн</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Соңғы күн</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Санаттар</translation>
    </message>
    <message>
        <source>not a date; use %1</source>
        <translation>бұл күн емес; %1 пішімін қолданыңыз</translation>
    </message>
    <message>
        <source>month %1 does not exist</source>
        <translation>%1-ай жоқ</translation>
    </message>
    <message>
        <source>day %1 does not exist in %2</source>
        <translation>%2 ішінде %1-күн жоқ</translation>
    </message>
    <message>
        <source>year %1 is out of range</source>
        <translation>%1-жыл рұқсат етілген ауқымнан тыс</translation>
    </message>
</context>
<context>
    <name>HitTesting</name>
    <message>
        <source>Click to zoom in; Ctrl-click to select them</source>
        <translation>Үлкейту үшін шертіңіз; таңдау үшін Ctrl+шерту</translation>
    </message>
</context>
<context>
    <name>ImageOptionsDialog</name>
    <message>
        <source>PNG image</source>
        <translation>PNG суреті</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG сызбасы</translation>
    </message>
    <message>
        <source>Export Timeline Image</source>
        <translation>Уақыт сызығының суретін экспорттау</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Ені:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Пішімі:</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Файлды таңдау…</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;Жүйе тілі</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Дерекқорды ашу мүмкін емес</translation>
    </message>
    <message>
        <source>Cannot show the database</source>
        <translation>Дерекқорды көрсету мүмкін емес</translation>
    </message>
    <message>
        <source>The settings file was damaged and was set aside as %1</source>
        <translation>Баптаулар файлы бүлінген, ол %1 ретінде бөлек сақталды</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Azerbaijan–Kazakhstan relations</source>
        <translation>Әзірбайжан–Қазақстан қарым-қатынастары</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Уақыт сызығы</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Сауда</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Мәліметтер</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Дерекқорды ашу</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite дерекқорлары (*.sqlite *.db);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Дерекқорды ашу мүмкін емес</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n оқиға</numerusform>
            <numerusform>%n оқиға</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n events shown</source>
        <translation>
            <numerusform>%n оқиғаның ішінен %1 көрсетілген</numerusform>
            <numerusform>%n оқиғаның ішінен %1 көрсетілген</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lanes hidden</source>
        <translation>
            <numerusform>%n жолақ жасырылды</numerusform>
            <numerusform>%n жолақ жасырылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n таңдалды</numerusform>
            <numerusform>%n таңдалды</numerusform>
        </translation>
    </message>
    <message>
        <source>database built %1</source>
        <translation>дерекқор %1 жасалған</translation>
    </message>
    <message>
        <source>database</source>
        <translation>дерекқор</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>желісіз</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged records skipped</source>
        <translation>
            <numerusform>%n бүлінген жазба өткізіліп жіберілді</numerusform>
            <numerusform>%n бүлінген жазба өткізіліп жіберілді</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Stars added: %1; taken off because they were unstarred there later: %2</source>
        <translation>Қосылған жұлдызшалар: %1; онда кейін алынғандықтан алынғандары: %2</translation>
    </message>
    <message>
        <source>Notes added: %1; replaced by newer ones: %2; cleared because they were cleared there later: %3; kept because yours are newer: %4</source>
        <translation>Қосылған жазбалар: %1; жаңаларымен ауыстырылғандары: %2; онда кейін тазартылғандықтан тазартылғандары: %3; сіздікі жаңарақ болғандықтан сақталғандары: %4</translation>
    </message>
    <message>
        <source>Versions added to the note history: %1</source>
        <translation>Жазба тарихына қосылған нұсқалар: %1</translation>
    </message>
    <message>
        <source>Own events added: %1; updated: %2; unchanged: %3</source>
        <translation>Қосылған өз оқиғаларыңыз: %1; жаңартылғаны: %2; өзгермегені: %3</translation>
    </message>
    <message>
        <source>Import Workspace</source>
        <translation>Жұмыс кеңістігін импорттау</translation>
    </message>
    <message>
        <source>Merging %1 into your workspace, by event id, would give:</source>
        <translation>%1 файлын оқиға идентификаторы бойынша жұмыс кеңістігіңізбен біріктіру нәтижесі:</translation>
    </message>
    <message>
        <source>Where both have a note or event, the newer one wins; the other is kept in the history.</source>
        <translation>Екеуінде де жазба не оқиға болса, жаңасы басым болады; екіншісі тарихта сақталады.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Біріктіру</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Your note on this event (saved as you type)…</source>
        <translation>Осы оқиға туралы жазбаңыз (теру барысында сақталады)…</translation>
    </message>
</context>
<context>
    <name>OrphanNotesDialog</name>
    <message>
        <source>Notes on Events No Longer in the Data</source>
        <translation>Деректерде енді жоқ оқиғалар туралы жазбалар</translation>
    </message>
    <message>
        <source>These notes are on events this database no longer has. They are kept in your workspace and come back if the event does.</source>
        <translation>Бұл жазбалар осы дерекқорда енді жоқ оқиғаларға қатысты. Олар жұмыс кеңістігіңізде сақталады және оқиға қайтса, олар да қайтады.</translation>
    </message>
    <message>
        <source>Every note is on an event of this database.</source>
        <translation>Барлық жазба осы дерекқордың оқиғаларына қатысты.</translation>
    </message>
</context>
<context>
    <name>OverviewAccessible</name>
    <message>
        <source>Overview: showing %1</source>
        <translation>Шолу: %1 көрсетілуде</translation>
    </message>
    <message>
        <source>The whole period; the frame marks the stretch the timeline shows. Left and Right move it, plus and minus zoom, Home and End go to the ends</source>
        <translation>Бүкіл кезең; жақтау уақыт сызығында көрсетілген аралықты белгілейді. Солға және Оңға оны жылжытады, плюс пен минус үлкейтеді және кішірейтеді, Home мен End шеттерге өтеді</translation>
    </message>
    <message>
        <source>Move the window later</source>
        <translation>Көрсетілген аралықты кейінгі уақытқа жылжыту</translation>
    </message>
    <message>
        <source>Move the window earlier</source>
        <translation>Көрсетілген аралықты ертерек уақытқа жылжыту</translation>
    </message>
</context>
<context>
    <name>OverviewStrip</name>
    <message>
        <source>The whole period: drag the frame, or click to move the timeline there. With the keyboard: arrows and Page Up/Down move, + and - zoom, Home and End go to the ends</source>
        <translation>Бүкіл кезең: уақыт сызығын сол жерге жылжыту үшін жақтауды сүйреңіз не шертіңіз. Пернетақтамен: көрсеткілер мен Page Up/Page Down жылжытады, + және - үлкейтеді және кішірейтеді, Home мен End шеттерге өтеді</translation>
    </message>
</context>
<context>
    <name>OwnEventDialog</name>
    <message>
        <source>Edit Event</source>
        <translation>Оқиғаны өңдеу</translation>
    </message>
    <message>
        <source>Add Event</source>
        <translation>Оқиға қосу</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Күні</translation>
    </message>
    <message>
        <source>2024, 2024-03 or 2024-03-10: as precise as you know</source>
        <translation>2024, 2024-03 не 2024-03-10: өзіңіз білетін дәлдікпен</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Дейін</translation>
    </message>
    <message>
        <source>optional, at the same precision</source>
        <translation>міндетті емес, сол дәлдікпен</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Атауы</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Қысқаша мазмұны</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Санат</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>Адамда&amp;р</translation>
    </message>
    <message>
        <source>names separated by ;</source>
        <translation>есімдер ; арқылы бөлінеді</translation>
    </message>
    <message>
        <source>Source &amp;address</source>
        <translation>Дереккөз &amp;мекенжайы</translation>
    </message>
    <message>
        <source>&amp;Outlet</source>
        <translation>&amp;Басылым</translation>
    </message>
    <message>
        <source>Report t&amp;itle</source>
        <translation>&amp;Жарияланым атауы</translation>
    </message>
    <message>
        <source>Report da&amp;te</source>
        <translation>Жарияланым кү&amp;ні</translation>
    </message>
    <message>
        <source>or describe the source in your own words</source>
        <translation>не дереккөзді өз сөзіңізбен сипаттаңыз</translation>
    </message>
    <message>
        <source>Source as te&amp;xt</source>
        <translation>Дереккөз мә&amp;тін ретінде</translation>
    </message>
    <message>
        <source>Correct the fields marked in red first</source>
        <translation>Алдымен қызылмен белгіленген өрістерді түзетіңіз</translation>
    </message>
</context>
<context>
    <name>PeopleButton</name>
    <message>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Ұйымдар</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Елдер</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>Find a name…</source>
        <translation>Есімді іздеу…</translation>
    </message>
    <message>
        <source>Also: {0}</source>
        <translation>Сондай-ақ: {0}</translation>
    </message>
    <message>
        <source>People ({0})</source>
        <translation>Адамдар ({0})</translation>
    </message>
</context>
<context>
    <name>PlainText</name>
    <message>
        <source>[%1 more characters not shown]</source>
        <translation>[тағы %1 таңба көрсетілмеген]</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Period: %1</source>
        <translation>Кезең: %1</translation>
    </message>
    <message>
        <source>all events</source>
        <translation>барлық оқиғалар</translation>
    </message>
    <message>
        <source>Selection: %1</source>
        <translation>Таңдау: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Санат: %1</translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation>Адамдар: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Күні: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Ескертпе: %1</translation>
    </message>
    <message>
        <source>Your note: %1</source>
        <translation>Сіздің жазбаңыз: %1</translation>
    </message>
    <message>
        <source>position not verified</source>
        <translation>орны тексерілмеген</translation>
    </message>
    <message>
        <source>bundled in azkz-desktop</source>
        <translation>azkz-desktop құрамында</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <source>Data: azkz-desktop, MIT licence. Quoted passages stay under their publishers&apos; terms; Wikipedia text is CC BY-SA.</source>
        <translation>Деректер: azkz-desktop, MIT лицензиясы. Үзінділер өз баспагерлерінің шарттарында қалады; Уикипедия мәтіні — CC BY-SA.</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>күні жоқ</translation>
    </message>
    <message>
        <source>no events</source>
        <translation>оқиға жоқ</translation>
    </message>
    <message>
        <source>Sources: %1 documents and reports, each cited below. Database built %2 (azkz-desktop).</source>
        <translation>Дереккөздер: %1 құжат пен жарияланым, әрқайсысы төменде келтірілген. Дерекқор жасалған күні: %2 (azkz-desktop).</translation>
    </message>
    <message>
        <source>on an unknown date</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <source>the pages could not be opened for drawing</source>
        <translation>беттерді салу үшін ашу мүмкін болмады</translation>
    </message>
    <message>
        <source>a new page could not be started</source>
        <translation>жаңа бетті бастау мүмкін болмады</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1-бет, барлығы %2</translation>
    </message>
    <message>
        <source>Timeline of the events in this report</source>
        <translation>Осы есептегі оқиғалардың уақыт сызығы</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Save &amp;Report as PDF…</source>
        <translation>&amp;Есепті PDF ретінде сақтау…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>Saved a %1-page report to %2</source>
        <translation>%1 беттік есеп %2 файлына сақталды</translation>
    </message>
    <message>
        <source>Save Report as PDF</source>
        <translation>Есепті PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the report</source>
        <translation>Есепті сақтау мүмкін емес</translation>
    </message>
    <message>
        <source>Azerbaijan–Kazakhstan relations: report</source>
        <translation>Әзірбайжан–Қазақстан қарым-қатынастары: есеп</translation>
    </message>
    <message>
        <source>Cannot print the report</source>
        <translation>Есепті басып шығару мүмкін емес</translation>
    </message>
    <message>
        <source>Sent %1 pages to the printer</source>
        <translation>Принтерге %1 бет жіберілді</translation>
    </message>
</context>
<context>
    <name>SlowOpen</name>
    <message>
        <source>the database has no stored timeline arrays</source>
        <translation>дерекқорда сақталған уақыт сызығы массивтері жоқ</translation>
    </message>
    <message>
        <source>the stored timeline arrays are of another format</source>
        <translation>сақталған уақыт сызығы массивтері басқа пішімде</translation>
    </message>
    <message>
        <source>the stored timeline arrays lack their description in meta</source>
        <translation>сақталған уақыт сызығы массивтерінің meta ішінде сипаттамасы жоқ</translation>
    </message>
    <message>
        <source>the events were changed after the timeline arrays were stored</source>
        <translation>оқиғалар уақыт сызығы массивтері сақталғаннан кейін өзгертілген</translation>
    </message>
    <message>
        <source>the stored timeline arrays were made for other categories</source>
        <translation>сақталған уақыт сызығы массивтері басқа санаттар үшін жасалған</translation>
    </message>
    <message>
        <source>the stored timeline arrays do not match the events (rows added or removed)</source>
        <translation>сақталған уақыт сызығы массивтері оқиғаларға сәйкес келмейді (жолдар қосылған немесе жойылған)</translation>
    </message>
    <message>
        <source>the stored timeline arrays do not match the events (their lanes&apos; lengths differ)</source>
        <translation>сақталған уақыт сызығы массивтері оқиғаларға сәйкес келмейді (жолақтарының ұзындықтары әртүрлі)</translation>
    </message>
    <message>
        <source>the stored timeline arrays do not match the events (their lengths differ)</source>
        <translation>сақталған уақыт сызығы массивтері оқиғаларға сәйкес келмейді (ұзындықтары әртүрлі)</translation>
    </message>
    <message>
        <source>the stored timeline arrays have damaged lane offsets</source>
        <translation>сақталған уақыт сызығы массивтерінде жолақ ығысулары бүлінген</translation>
    </message>
    <message>
        <source>the stored timeline arrays lack {names}</source>
        <translation>сақталған уақыт сызығы массивтерінде {names} жоқ</translation>
    </message>
    <message>
        <source>the stored timeline array {name} is damaged</source>
        <translation>сақталған уақыт сызығы массиві {name} бүлінген</translation>
    </message>
    <message>
        <source>the stored timeline array {name} points outside the events</source>
        <translation>сақталған уақыт сызығы массиві {name} оқиғалар шегінен тыс нұсқайды</translation>
    </message>
    <message>
        <source>Opened slowly (every event read): {reason}</source>
        <translation>Баяу ашылды (әр оқиға оқылды): {reason}</translation>
    </message>
    <message>
        <source>This database was opened by reading every event, which is slower for large ones, because {reason}. Rebuilding it stores arrays that open at once.</source>
        <translation>Бұл дерекқор әр оқиғаны оқу арқылы ашылды, бұл үлкен дерекқорлар үшін баяуырақ, себебі {reason}. Қайта құрастырылғанда онда бірден ашылатын массивтер сақталады.</translation>
    </message>
</context>
<context>
    <name>SourceBox</name>
    <message>
        <source>language: %1</source>
        <translation>тілі: %1</translation>
    </message>
    <message>
        <source>Copied the %1: %2</source>
        <translation>Көшірілді (%1): %2</translation>
    </message>
    <message>
        <source>Opening %1 in the web browser</source>
        <translation>%1 браузерде ашылуда</translation>
    </message>
    <message>
        <source>No web browser could be opened for %1; use Copy Address instead.</source>
        <translation>%1 үшін браузер ашылмады; оның орнына «Мекенжайды көшіру» пәрменін қолданыңыз.</translation>
    </message>
    <message>
        <source>Copy Address</source>
        <translation>Мекенжайды көшіру</translation>
    </message>
    <message>
        <source>address</source>
        <translation>мекенжай</translation>
    </message>
    <message>
        <source>Copy Citation</source>
        <translation>Дереккөз сілтемесін көшіру</translation>
    </message>
    <message>
        <source>citation</source>
        <translation>дереккөз сілтемесі</translation>
    </message>
    <message>
        <source>Open Address in Browser</source>
        <translation>Мекенжайды браузерде ашу</translation>
    </message>
    <message>
        <source>Needs a network connection</source>
        <translation>Желіге қосылу қажет</translation>
    </message>
    <message>
        <source>Public report</source>
        <translation>Жарияланым</translation>
    </message>
    <message>
        <source>Bundled document</source>
        <translation>Қоса берілген құжат</translation>
    </message>
    <message>
        <source>⚠ This quote is not in its document at the place recorded.</source>
        <translation>⚠ Бұл үзінді құжаттың көрсетілген жерінде жоқ.</translation>
    </message>
    <message>
        <source>Open in Document</source>
        <translation>Құжатта ашу</translation>
    </message>
    <message>
        <source>Show the whole document with this passage highlighted</source>
        <translation>Бүкіл құжатты осы үзінді белгіленген күйде көрсету</translation>
    </message>
</context>
<context>
    <name>TimelineAccessible</name>
    <message>
        <source>Timeline</source>
        <translation>Уақыт сызығы</translation>
    </message>
    <message>
        <source>Events by date. Left and Right: previous and next event; Enter: details; plus and minus: zoom; Shift with Left and Right: move in time</source>
        <translation>Оқиғалар күні бойынша. Солға және Оңға: алдыңғы және келесі оқиға; Enter: мәліметтер; плюс пен минус: масштаб; Shift пен Солға/Оңға: уақыт бойынша жылжу</translation>
    </message>
    <message>
        <source>Zoom in to tell these events apart</source>
        <translation>Бұл оқиғаларды ажырату үшін үлкейтіңіз</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>жұлдызшалы</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation>Көрсетілуде: %1</translation>
    </message>
    <message>
        <source>Star or unstar</source>
        <translation>Жұлдызша қою не алу</translation>
    </message>
    <message>
        <source>Zoom in to this cluster&apos;s events</source>
        <translation>Осы топтың оқиғаларына дейін үлкейту</translation>
    </message>
    <message>
        <source>Show the event&apos;s details</source>
        <translation>Оқиғаның толығырақ мәліметін көрсету</translation>
    </message>
    <message>
        <source>Make this the current event</source>
        <translation>Мұны ағымдағы оқиға ету</translation>
    </message>
    <message>
        <source>Star the event in your workspace, or take its star away</source>
        <translation>Оқиғаны жұмыс кеңістігіңізде жұлдызшамен белгілеу не жұлдызшасын алу</translation>
    </message>
</context>
<context>
    <name>TimelineImage</name>
    <message>
        <source>Starred by you</source>
        <translation>Сіз жұлдызша қойғандар</translation>
    </message>
    <message>
        <source>Your own event</source>
        <translation>Өз оқиғаңыз</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Move “%1” Up</source>
        <translation>«%1» жолағын жоғары жылжыту</translation>
    </message>
    <message>
        <source>Move “%1” Down</source>
        <translation>«%1» жолағын төмен жылжыту</translation>
    </message>
    <message>
        <source>Hide “%1”</source>
        <translation>«%1» жолағын жасыру</translation>
    </message>
</context>
<context>
    <name>TradeChart</name>
    <message>
        <source>Kazakhstan&apos;s official statistics</source>
        <translation>Қазақстанның ресми статистикасы</translation>
    </message>
    <message>
        <source>Figures the source credits to Kazakhstan&apos;s statistics office</source>
        <translation>Дереккөз Қазақстанның статистика органына сілтеп берген деректер</translation>
    </message>
    <message>
        <source>Kazakh government releases</source>
        <translation>Қазақстан үкіметінің хабарламалары</translation>
    </message>
    <message>
        <source>Figures from the Kazakh President&apos;s or Prime Minister&apos;s press service, the government or a ministry, naming no statistic</source>
        <translation>Қазақстан Президентінің не Премьер-министрінің баспасөз қызметі, үкімет не министрлік берген, статистикаға сілтемесіз деректер</translation>
    </message>
    <message>
        <source>Azerbaijan&apos;s State Customs Committee</source>
        <translation>Әзірбайжанның Мемлекеттік кеден комитеті</translation>
    </message>
    <message>
        <source>Figures the source credits to Azerbaijan&apos;s State Customs Committee</source>
        <translation>Дереккөз Әзірбайжанның Мемлекеттік кеден комитетіне сілтеп берген деректер</translation>
    </message>
    <message>
        <source>Azerbaijan&apos;s State Statistics Committee</source>
        <translation>Әзірбайжанның Мемлекеттік статистика комитеті</translation>
    </message>
    <message>
        <source>Figures the source credits to Azerbaijan&apos;s State Statistics Committee</source>
        <translation>Дереккөз Әзірбайжанның Мемлекеттік статистика комитетіне сілтеп берген деректер</translation>
    </message>
    <message>
        <source>Statements, unattributed reports (never joined)</source>
        <translation>Мәлімдемелер, авторы көрсетілмеген хабарлар (қосылмайды)</translation>
    </message>
    <message>
        <source>A figure an official states without naming a statistic, or a report gives without saying whose it is: each stands alone, never joined to another</source>
        <translation>Ресми тұлға статистикаға сілтемей атаған не хабарлама кімдікі екенін айтпай келтірген сан: әрқайсысы жеке тұрады, басқасымен қосылмайды</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>Тауар айналымы</translation>
    </message>
    <message>
        <source>Kazakh exports to Azerbaijan</source>
        <translation>Қазақстанның Әзірбайжанға экспорты</translation>
    </message>
    <message>
        <source>Kazakh imports from Azerbaijan</source>
        <translation>Қазақстанның Әзірбайжаннан импорты</translation>
    </message>
    <message>
        <source>Azerbaijan–Kazakhstan trade, USD million</source>
        <translation>Әзірбайжан–Қазақстан саудасы, млн АҚШ доллары</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Follow the timeline</source>
        <translation>Уақыт сызығына ілесу</translation>
    </message>
    <message>
        <source>Show the same stretch of time as the timeline, and move it with this chart</source>
        <translation>Уақыт сызығындағы аралықты көрсету және оны осы диаграммамен бірге жылжыту</translation>
    </message>
    <message>
        <source>Show All Figures</source>
        <translation>Барлық деректі көрсету</translation>
    </message>
    <message>
        <source>Fit the chart to every figure</source>
        <translation>Диаграмманы барлық деректерге сыйғызу</translation>
    </message>
    <message>
        <source>Save Chart…</source>
        <translation>Диаграмманы сақтау…</translation>
    </message>
    <message>
        <source>Save Series as CSV…</source>
        <translation>Қатарларды CSV ретінде сақтау…</translation>
    </message>
    <message>
        <source>Hover a point for its figure and source; click it to read the source in the detail pane. Colour: whose figure it is; shape: what it measures. A line joins only consecutive years of one basis. Dotted grey lines: economy &amp; trade events (click one to select it).</source>
        <translation>Мәні мен дереккөзін көру үшін нүктеге меңзерді апарыңыз; шертсеңіз, дереккөз мәліметтер тақтасында ашылады. Түсі — кімнің дерегі; пішіні — нені өлшейді. Сызық бір негіздің қатар жылдарын ғана қосады. Сұр нүктелі сызықтар — экономика және сауда оқиғалары (таңдау үшін шертіңіз).</translation>
    </message>
    <message>
        <source>Azerbaijan–Kazakhstan trade</source>
        <translation>Әзірбайжан–Қазақстан саудасы</translation>
    </message>
    <message>
        <source>Turnover growth, reported without a value</source>
        <translation>Мәнсіз хабарланған тауар айналымының өсуі</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Диаграмманы сақтау</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG суреті (*.png);;SVG сызбасы (*.svg)</translation>
    </message>
    <message>
        <source>Save Series as CSV</source>
        <translation>Қатарларды CSV ретінде сақтау</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <source>first half</source>
        <translation>бірінші жартыжылдық</translation>
    </message>
    <message>
        <source>second half</source>
        <translation>екінші жартыжылдық</translation>
    </message>
    <message>
        <source>{year}, {half} only</source>
        <translation>{year}, тек {half}</translation>
    </message>
    <message>
        <source>Basis: {name}</source>
        <translation>Негізі: {name}</translation>
    </message>
    <message>
        <source>Given by: {who}</source>
        <translation>Дерек берген: {who}</translation>
    </message>
    <message>
        <source>Source: {citation}</source>
        <translation>Дереккөз: {citation}</translation>
    </message>
    <message>
        <source>Year: {note}</source>
        <translation>Жыл: {note}</translation>
    </message>
    <message>
        <source>{measure}: ${value} million</source>
        <translation>{measure}: {value} млн $</translation>
    </message>
    <message>
        <source>(click to read the source in the detail pane)</source>
        <translation>(дереккөзді мәліметтер тақтасында оқу үшін шертіңіз)</translation>
    </message>
    <message>
        <source>{count} figures here; a click shows the first.</source>
        <translation>Мұнда {count} көрсеткіш; шерту біріншісін көрсетеді.</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… және тағы {count}</translation>
    </message>
    <message>
        <source>Economy &amp; trade event (click to select it):</source>
        <translation>Экономика және сауда оқиғасы (таңдау үшін шертіңіз):</translation>
    </message>
    <message>
        <source>{rate} reported (no value)</source>
        <translation>{rate} хабарланды (мәні жоқ)</translation>
    </message>
    <message>
        <source>{rate} reported</source>
        <translation>{rate} хабарланды</translation>
    </message>
    <message>
        <source>Growth of turnover in {year} over the year before, as reported: {rate}</source>
        <translation>{year} жылы тауар айналымының алдыңғы жылға қарағанда өсуі, хабарланғандай: {rate}</translation>
    </message>
    <message>
        <source>No trade figures for {span}.
The figures cover {first}–{last}: move the timeline there, or press “Show All Figures”.</source>
        <translation>{span} үшін сауда деректері жоқ.
Деректер {first}–{last} аралығын қамтиды: уақыт сызығын сол жерге жылжытыңыз не «Барлық деректі көрсету» түймесін басыңыз.</translation>
    </message>
    <message>
        <source>Goal, not data: ${value} million turnover (stated {stated})</source>
        <translation>Мақсат, дерек емес: {value} млн $ тауар айналымы (мәлімделген: {stated})</translation>
    </message>
    <message>
        <source>Hollow: half a year</source>
        <translation>Іші бос нүкте: жарты жыл</translation>
    </message>
</context>
<context>
    <name>TradeTable</name>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Value, USD million</source>
        <translation>Мәні, млн АҚШ доллары</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Негізі</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Дерек берген</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>first half</source>
        <translation>бірінші жартыжылдық</translation>
    </message>
    <message>
        <source>second half</source>
        <translation>екінші жартыжылдық</translation>
    </message>
    <message>
        <source>Turnover growth, %1 %</source>
        <translation>Тауар айналымының өсуі, %1 %</translation>
    </message>
    <message>
        <source>Trade figures</source>
        <translation>Сауда көрсеткіштері</translation>
    </message>
    <message>
        <source>Each figure as its source gives it; Enter shows the source in the detail pane</source>
        <translation>Әр көрсеткіш дереккөзде берілгендей; Enter дереккөзді мәліметтер тақтасында көрсетеді</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Дерекқорды &amp;ашу…</translation>
    </message>
    <message>
        <source>&amp;Export Selected Events…</source>
        <translation>Таңдалған оқиғаларды &amp;экспорттау…</translation>
    </message>
    <message>
        <source>Export &amp;All Shown Events…</source>
        <translation>&amp;Көрсетілген барлық оқиғаны экспорттау…</translation>
    </message>
    <message>
        <source>Export Timeline &amp;Image…</source>
        <translation>Уақыт сызығының &amp;суретін экспорттау…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Түзету</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Іздеу…</translation>
    </message>
    <message>
        <source>Clear F&amp;ilters</source>
        <translation>&amp;Сүзгілерді тазарту</translation>
    </message>
    <message>
        <source>Clear &amp;Selection</source>
        <translation>Таңдауды &amp;алып тастау</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Уақыт сызығы</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Құжаттар</translation>
    </message>
    <message>
        <source>T&amp;rade</source>
        <translation>&amp;Сауда</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Үлкейту</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Кішірейту</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>&amp;Барлығын сыйғызу</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Таңдалғанға &amp;масштабтау</translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation>&amp;Жолақтар</translation>
    </message>
    <message>
        <source>&amp;Reset Lanes</source>
        <translation>Жолақтарды &amp;қалпына келтіру</translation>
    </message>
    <message>
        <source>Show Figures as Ta&amp;ble</source>
        <translation>Деректерді к&amp;есте түрінде көрсету</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>Т&amp;олық экран</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>Т&amp;ақырып</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;Keyboard and Mouse</source>
        <translation>&amp;Пернетақта және тінтуір</translation>
    </message>
    <message>
        <source>&amp;About azkz-desktop</source>
        <translation>azkz-desktop &amp;туралы</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Жүйелік</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Ашық</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Қараңғы</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Star</source>
        <translation>Жұлдызша қою</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>Жұлдызшаны алу</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Жазбаны түзету</translation>
    </message>
    <message>
        <source>Add Event</source>
        <translation>Оқиға қосу</translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation>Оқиғаны түзету</translation>
    </message>
    <message>
        <source>Delete Event</source>
        <translation>Оқиғаны өшіру</translation>
    </message>
    <message>
        <source>Merge of %1</source>
        <translation>%1 біріктіру</translation>
    </message>
    <message>
        <source>Import Events from CS&amp;V…</source>
        <translation>Оқиғаларды &amp;CSV-ден импорттау…</translation>
    </message>
    <message>
        <source>Export &amp;Workspace…</source>
        <translation>&amp;Жұмыс кеңістігін экспорттау…</translation>
    </message>
    <message>
        <source>Import Wor&amp;kspace…</source>
        <translation>Жұмыс кеңістігін &amp;импорттау…</translation>
    </message>
    <message>
        <source>&amp;Notes on Events No Longer in the Data…</source>
        <translation>&amp;Деректерде енді жоқ оқиғалар туралы жазбалар…</translation>
    </message>
    <message>
        <source>Import Events from CSV</source>
        <translation>Оқиғаларды CSV-ден импорттау</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV файлдары (*.csv);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>Бұл файлды импорттау мүмкін емес</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Ештеңе импортталмады</translation>
    </message>
    <message>
        <source>Imported %1 events from %2 (%3 replaced)</source>
        <translation>%2 файлынан %1 оқиға импортталды (%3 ауыстырылды)</translation>
    </message>
    <message>
        <source>Export Workspace</source>
        <translation>Жұмыс кеңістігін экспорттау</translation>
    </message>
    <message>
        <source>Workspace files (*.azkz-workspace);;All files (*)</source>
        <translation>Жұмыс кеңістігі файлдары (*.azkz-workspace);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Cannot export the workspace</source>
        <translation>Жұмыс кеңістігін экспорттау мүмкін емес</translation>
    </message>
    <message>
        <source>Workspace exported to %1</source>
        <translation>Жұмыс кеңістігі экспортталды: %1</translation>
    </message>
    <message>
        <source>Import Workspace</source>
        <translation>Жұмыс кеңістігін импорттау</translation>
    </message>
    <message>
        <source>Workspace files (*.azkz-workspace *.sqlite);;All files (*)</source>
        <translation>Жұмыс кеңістігі файлдары (*.azkz-workspace *.sqlite);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Cannot import this workspace</source>
        <translation>Бұл жұмыс кеңістігін импорттау мүмкін емес</translation>
    </message>
    <message>
        <source>Nothing was merged</source>
        <translation>Ештеңе біріктірілмеді</translation>
    </message>
    <message>
        <source>Workspace merged</source>
        <translation>Жұмыс кеңістігі біріктірілді</translation>
    </message>
    <message>
        <source>Merged %1:</source>
        <translation>Біріктірілді: %1</translation>
    </message>
    <message>
        <source>The workspace is damaged (%1).</source>
        <translation>Жұмыс кеңістігі зақымдалған (%1).</translation>
    </message>
    <message>
        <source>No new workspace could be begun in its place (%1). The window runs read-only: stars, notes and your own events cannot be changed until the app is started again.</source>
        <translation>Оның орнына жаңа жұмыс кеңістігін бастау мүмкін болмады (%1). Терезе тек оқу режимінде жұмыс істейді: қолданба қайта іске қосылғанша жұлдызшаларды, жазбаларды және өз оқиғаларыңызды өзгерту мүмкін емес.</translation>
    </message>
    <message>
        <source>A new, empty workspace was begun in its place: stars, notes and your own events can be added again at once.</source>
        <translation>Оның орнына жаңа, бос жұмыс кеңістігі басталды: жұлдызшаларды, жазбаларды және өз оқиғаларыңызды бірден қайта қосуға болады.</translation>
    </message>
    <message>
        <source>The damaged file was set aside as %1; it was not deleted.</source>
        <translation>Зақымдалған файл %1 ретінде бөлек сақталды; ол жойылған жоқ.</translation>
    </message>
    <message>
        <source>The workspace was written by a newer version of azkz-desktop (workspace schema version %1; this version reads up to %2).</source>
        <translation>Жұмыс кеңістігін azkz-desktop-тың жаңарақ нұсқасы жазған (жұмыс кеңістігі схемасының нұсқасы: %1; бұл нұсқа ең көбі %2 нұсқасын оқиды).</translation>
    </message>
    <message>
        <source>The file was not changed. Open it with that newer version; this one runs read-only without it: stars, notes and your own events cannot be changed.</source>
        <translation>Файл өзгертілген жоқ. Оны сол жаңарақ нұсқамен ашыңыз; бұл нұсқа онсыз тек оқу режимінде жұмыс істейді: жұлдызшаларды, жазбаларды және өз оқиғаларыңызды өзгерту мүмкін емес.</translation>
    </message>
    <message>
        <source>The file was not changed. The window runs read-only without it: stars, notes and your own events cannot be changed until it can be opened.</source>
        <translation>Файл өзгертілген жоқ. Терезе онсыз тек оқу режимінде жұмыс істейді: ол ашылғанша жұлдызшаларды, жазбаларды және өз оқиғаларыңызды өзгерту мүмкін емес.</translation>
    </message>
    <message>
        <source>Your workspace cannot be used</source>
        <translation>Жұмыс кеңістігіңізді пайдалану мүмкін емес</translation>
    </message>
    <message>
        <source>Your workspace was damaged</source>
        <translation>Жұмыс кеңістігіңіз зақымдалған еді</translation>
    </message>
</context>
<context>
    <name>WorkspaceController</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>S&amp;tar or Unstar</source>
        <translation>&amp;Жұлдызша қою не алу</translation>
    </message>
    <message>
        <source>&amp;Add Event…</source>
        <translation>&amp;Оқиға қосу…</translation>
    </message>
    <message>
        <source>Edit E&amp;vent…</source>
        <translation>Оқиғаны &amp;өңдеу…</translation>
    </message>
    <message>
        <source>&amp;Delete Event</source>
        <translation>Оқиғаны ө&amp;шіру</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Болдырмау: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Қайталау: %1</translation>
    </message>
    <message>
        <source>Your workspace could not be opened: %1</source>
        <translation>Жұмыс кеңістігіңізді ашу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>No workspace is open in this window</source>
        <translation>Бұл терезеде жұмыс кеңістігі ашық емес</translation>
    </message>
    <message>
        <source>Workspace unavailable</source>
        <translation>Жұмыс кеңістігі қолжетімсіз</translation>
    </message>
    <message>
        <source>◇ Your own event</source>
        <translation>◇ Өз оқиғаңыз</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ Жұлдызшалы</translation>
    </message>
    <message>
        <source>My note: %1</source>
        <translation>Менің жазбам: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n changes were left as they are: they had been changed since</source>
        <translation>
            <numerusform>%n өзгеріс сол күйінде қалдырылды: содан бері өзгертілген еді</numerusform>
            <numerusform>%n өзгеріс сол күйінде қалдырылды: содан бері өзгертілген еді</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Сақталмады: %1</translation>
    </message>
    <message>
        <source>Your change could not be saved</source>
        <translation>Өзгерісіңізді сақтау мүмкін болмады</translation>
    </message>
</context>
<context>
    <name>WorkspacePanel</name>
    <message>
        <source>◇ Your own event</source>
        <translation>◇ Өз оқиғаңыз</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Өңдеу…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өшіру</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>Менің жазбам</translation>
    </message>
    <message>
        <source>Select one event to star it or write a note on it.</source>
        <translation>Жұлдызшамен белгілеу не жазба жазу үшін бір оқиғаны таңдаңыз.</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ Жұлдызшалы</translation>
    </message>
    <message>
        <source>☆ Star</source>
        <translation>☆ Жұлдызша қою</translation>
    </message>
    <message>
        <source>Select one event to star it</source>
        <translation>Жұлдызшамен белгілеу үшін бір оқиғаны таңдаңыз</translation>
    </message>
    <message>
        <source>Unstar this event (S)</source>
        <translation>Осы оқиғаның жұлдызшасын алу (S)</translation>
    </message>
    <message>
        <source>Star this event (S)</source>
        <translation>Осы оқиғаны жұлдызшамен белгілеу (S)</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Could not save</source>
        <translation>Сақтау мүмкін болмады</translation>
    </message>
</context>
</TS>
