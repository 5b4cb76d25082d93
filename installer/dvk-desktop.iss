; Inno Setup script: wraps the one-folder program (dist\dvk-desktop\, built by PyInstaller on
; Windows) into a single installer file with a Start-menu entry and an uninstaller.
; The version comes from pyproject.toml:  iscc /DAppVersion=<version> installer\dvk-desktop.iss
; (README, "Building the Windows installer", gives the exact commands).

#ifndef AppVersion
  #error Pass the version from pyproject.toml: iscc /DAppVersion=X.Y.Z installer\dvk-desktop.iss
#endif

[Setup]
AppId={{6F7B0C55-3E0B-4C2E-9C1A-5D2D1C0B7A41}
AppName=DVK Desktop
AppVersion={#AppVersion}
AppVerName=DVK Desktop {#AppVersion}
AppPublisher=DVK Desktop
DefaultDirName={autopf}\DVK Desktop
DefaultGroupName=DVK Desktop
DisableProgramGroupPage=yes
OutputDir=..\dist
OutputBaseFilename=dvk-desktop-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
; The registry lives in the user's data folder (%LOCALAPPDATA%\DVK\dvk-desktop), never in the
; program folder: installing again, upgrading or uninstalling does not touch it.
UninstallDisplayIcon={app}\dvk-desktop.exe

[Languages]
Name: "vietnamese"; MessagesFile: "compiler:Languages\Vietnamese.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\dist\dvk-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\DVK Desktop"; Filename: "{app}\dvk-desktop.exe"
Name: "{group}\{cm:UninstallProgram,DVK Desktop}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\DVK Desktop"; Filename: "{app}\dvk-desktop.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\dvk-desktop.exe"; Description: "{cm:LaunchProgram,DVK Desktop}"; Flags: nowait postinstall skipifsilent
