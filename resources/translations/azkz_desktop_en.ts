<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected events</source>
        <translation>
            <numerusform>%n selected event</numerusform>
            <numerusform>%n selected events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events from %1</source>
        <translation>
            <numerusform>%n event from %1</numerusform>
            <numerusform>%n events from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source citations</source>
        <translation>
            <numerusform>%n source citation</numerusform>
            <numerusform>%n source citations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trade figures</source>
        <translation>
            <numerusform>%n trade figure</numerusform>
            <numerusform>%n trade figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starred</source>
        <translation>
            <numerusform>%n starred</numerusform>
            <numerusform>%n starred</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import of %n Events</source>
        <translation>
            <numerusform>Import of %n Event</numerusform>
            <numerusform>Import of %n Events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events, %1</source>
        <translation>
            <numerusform>%n event, %1</numerusform>
            <numerusform>%n events, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n selected</source>
        <translation>
            <numerusform>%1 of %n selected</numerusform>
            <numerusform>%1 of %n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plus %n cited public reports (see each event&apos;s sources).</source>
        <translation>
            <numerusform>Plus %n cited public report (see each event&apos;s sources).</numerusform>
            <numerusform>Plus %n cited public reports (see each event&apos;s sources).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message numerus="yes">
        <source>%n events selected</source>
        <translation>
            <numerusform>%n event selected</numerusform>
            <numerusform>%n events selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message numerus="yes">
        <source>%n highlighted passages</source>
        <translation>
            <numerusform>%n highlighted passage</numerusform>
            <numerusform>%n highlighted passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>back %n events</source>
        <translation>
            <numerusform>backs %n event</numerusform>
            <numerusform>back %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cited by %n events:</source>
        <translation>
            <numerusform>Cited by %n event:</numerusform>
            <numerusform>Cited by %n events:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message numerus="yes">
        <source>Exported %n events to %1</source>
        <translation>
            <numerusform>Exported %n event to %1</numerusform>
            <numerusform>Exported %n events to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n events shown</source>
        <translation>
            <numerusform>%1 of %n event shown</numerusform>
            <numerusform>%1 of %n events shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lanes hidden</source>
        <translation>
            <numerusform>%n lane hidden</numerusform>
            <numerusform>%n lanes hidden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged records skipped</source>
        <translation>
            <numerusform>%n damaged record skipped</numerusform>
            <numerusform>%n damaged records skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspaceController</name>
    <message numerus="yes">
        <source>%n changes were left as they are: they had been changed since</source>
        <translation>
            <numerusform>%n change was left as it is: it had been changed since</numerusform>
            <numerusform>%n changes were left as they are: they had been changed since</numerusform>
        </translation>
    </message>
</context>
</TS>
