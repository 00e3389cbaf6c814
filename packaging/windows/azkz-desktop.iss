; Inno Setup 6 script: the Windows installer for azkz-desktop. NOT built on the Linux build machine.
;
; On Windows (x64), from the checkout, with Python 3.11+ and Inno Setup 6 installed:
;
;   py -3.11 -m venv .venv
;   .venv\Scripts\python -m pip install -e ".[package]"
;   .venv\Scripts\python packaging\render_icons.py --check
;   .venv\Scripts\pyinstaller --noconfirm --clean --distpath packaging\out\dist --workpath packaging\out\build packaging\azkz-desktop.spec
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=0.3.0 packaging\windows\azkz-desktop.iss
;
; PyInstaller leaves the app in packaging\out\dist\azkz-desktop\ (azkz-desktop.exe + _internal\, with
; the database, the icon and only the Qt plugins the app uses); this script wraps that folder into
; packaging\out\azkz-desktop-<version>-setup.exe. Pass the version from pyproject.toml with /DAppVersion.
;
; The installer installs per user by default (no administrator rights; the dialog offers all users),
; adds a Start menu entry and, if asked, a desktop icon, and registers an uninstaller. The app keeps its
; settings in the user's registry (HKCU\Software\azkz-desktop), never in its install folder; the
; uninstaller leaves them, as Windows apps do.

#ifndef AppVersion
  #define AppVersion "0.3.0"
#endif
#define AppName "Azerbaijan-Kazakhstan Relations"
#define AppExe "azkz-desktop.exe"
#define Dist "..\out\dist\azkz-desktop"

[Setup]
; The AppId identifies the app for upgrades and uninstall: never change it.
AppId={{645EE255-DA00-4459-B7A5-118E31DABCCE}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=azkz-desktop developers
VersionInfoVersion={#AppVersion}
VersionInfoDescription={#AppName} installer
DefaultDirName={autopf}\azkz-desktop
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\out
OutputBaseFilename=azkz-desktop-{#AppVersion}-setup
SetupIconFile=..\..\resources\azkz-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Dist}\{#AppExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#Dist}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the whole bundle: files a previous version had and this one has not must go.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Browse the history of Azerbaijan-Kazakhstan relations offline"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
Type: dirifempty; Name: "{app}"
