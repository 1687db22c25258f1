; WardBook setup program (NSIS 3, Unicode). This file is UTF-8: build it with -INPUTCHARSET UTF8.
;
;   makensis -INPUTCHARSET UTF8 -DVERSION=0.1.0 -DPAYLOAD=<dist\WardBook> -DOUTFILE=<setup.exe> build_support\wardbook.nsi
;   (make windows-installer-check does it on Linux; .github/workflows/windows.yml on Windows)
;
; Defines: VERSION (pyproject's version, required), PAYLOAD (the PyInstaller one-folder build,
; dist/WardBook, required), OUTFILE (default WardBook-<VERSION>-setup.exe), FAST (no
; compression instead of solid LZMA: a quicker build and install for checks).
;
; What it does
;   - installs for the current user without administrator rights (default; %LOCALAPPDATA%\Programs\WardBook,
;     HKCU) or for every user of the machine (/ALLUSERS or the choice page, needs "Run as
;     administrator"; %ProgramFiles%\WardBook, HKLM);
;   - Vietnamese wizard; Start-menu and desktop shortcuts "Sổ quản lý đối tượng";
;   - upgrade: an existing installation (same scope) is found through its uninstall key and
;     installed over; first WardBook must be closed, then the register (data folder: WARDBOOK_DATA_DIR
;     or %LOCALAPPDATA%\WardBook\WardBook) is copied, unchanged and still encrypted, to
;     <data>\backups\before-upgrade-<old version>-<date-time>\ (itself a data folder that opens
;     as a register); if the copy fails nothing is installed. At the first unlock the new
;     version copies the register again to backups\pre-migration-….db before migrating its schema;
;   - the uninstaller removes the program and the shortcuts and keeps the data folder, unless
;     "Xóa cả dữ liệu" is ticked (or /DELETEDATA with /S).
;
; Command line: setup.exe [/S] [/ALLUSERS | /CURRENTUSER] [/D=folder]   (/D last, no quotes)
;               Uninstall.exe [/S] [/DELETEDATA]
; Exit codes: 0 done, 1 cancelled, 2 aborted (WardBook still running, backup failed, no
; administrator rights for /ALLUSERS).

Unicode true
ManifestDPIAware true
RequestExecutionLevel user  ; per user by default: no UAC prompt; per machine needs an elevated start
Target amd64-unicode        ; the PyInstaller build is 64-bit

!ifndef VERSION
  !error "VERSION is required (-DVERSION=0.1.0)"
!endif
!ifndef PAYLOAD
  !error "PAYLOAD is required (-DPAYLOAD=dist/WardBook)"
!endif
!ifndef OUTFILE
  !define OUTFILE "WardBook-${VERSION}-setup.exe"
!endif
!ifndef VERSION4
  !define VERSION4 "${VERSION}.0"
!endif
!ifdef FAST
  SetCompress off
!else
  SetCompressor /SOLID lzma
!endif

!define APP "WardBook"
!define SHORTCUT "Sổ quản lý đối tượng"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\WardBook"
; Build-machine paths: makensis on Windows takes "\", on Linux "/"; relative ones are relative to
; this folder (makensis works in it), so PAYLOAD and OUTFILE are best given as absolute paths.
!ifdef NSIS_WIN32_MAKENSIS
  !define SEP "\"
!else
  !define SEP "/"
!endif
!define ICON "..${SEP}resources${SEP}icons${SEP}wardbook.ico"

Name "${APP} — ${SHORTCUT}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
BrandingText "${APP} ${VERSION}"
ShowInstDetails show
ShowUninstDetails show

; -- version resource (Properties → Details of the setup program) ------------------------------
VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=1066 "ProductName" "${APP}"
VIAddVersionKey /LANG=1066 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1066 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1066 "FileDescription" "Cài đặt ${APP} — ${SHORTCUT} của Công an xã, phường"
VIAddVersionKey /LANG=1066 "CompanyName" "${APP}"
VIAddVersionKey /LANG=1066 "LegalCopyright" "WardBook contributors"
VIAddVersionKey /LANG=1066 "OriginalFilename" "WardBook-${VERSION}-setup.exe"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "Sections.nsh"
!include "FileFunc.nsh"
!include "nsDialogs.nsh"
!include "x64.nsh"

Var AllUsers      ; "1": per machine
Var IsAdmin       ; "1": this process runs elevated
Var DataDir       ; the register's folder (the user's, whatever the scope)
Var OldVersion    ; DisplayVersion of the installation found, "" if none
Var OldDir        ; its InstallLocation
Var RadioMe
Var RadioAll
Var DeleteData    ; uninstaller: "1" also removes the data folder

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\WardBook.exe"
!define MUI_FINISHPAGE_RUN_TEXT "Mở ${SHORTCUT}"
!define MUI_COMPONENTSPAGE_NODESC

!insertmacro MUI_PAGE_WELCOME
Page custom ScopePage ScopePageLeave
!define MUI_PAGE_CUSTOMFUNCTION_PRE DirectoryPre
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!define MUI_COMPONENTSPAGE_TEXT_TOP "WardBook sẽ được gỡ bỏ. Dữ liệu (sổ đăng ký, bản sao lưu) trong $DataDir được giữ lại, trừ khi bạn chọn xóa — xóa thì không thể hoàn tác."
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Vietnamese"

; -- helpers ------------------------------------------------------------------------------------
!macro SetScope
  ${If} $AllUsers == "1"
    SetShellVarContext all
  ${Else}
    SetShellVarContext current
  ${EndIf}
!macroend

; The installation already there in the chosen scope (SHCTX follows SetShellVarContext).
Function FindOld
  ReadRegStr $OldVersion SHCTX "${UNINST_KEY}" "DisplayVersion"
  ReadRegStr $OldDir SHCTX "${UNINST_KEY}" "InstallLocation"
  ${If} $OldDir != ""
  ${AndIf} ${FileExists} "$OldDir\WardBook.exe"
    StrCpy $INSTDIR $OldDir
  ${Else}
    StrCpy $OldVersion ""
    StrCpy $OldDir ""
  ${EndIf}
FunctionEnd

Function DefaultDir
  ${If} $AllUsers == "1"
    StrCpy $INSTDIR "$PROGRAMFILES64\${APP}"
  ${Else}
    StrCpy $INSTDIR "$LOCALAPPDATA\Programs\${APP}"
  ${EndIf}
FunctionEnd

Function .onInit
  SetRegView 64
  UserInfo::GetAccountType
  Pop $0
  StrCpy $IsAdmin "0"
  ${If} $0 == "Admin"
    StrCpy $IsAdmin "1"
  ${EndIf}
  ; The data folder is the signed-in user's (platformdirs: %LOCALAPPDATA%\WardBook\WardBook),
  ; read before any switch to the all-users context.
  SetShellVarContext current
  ReadEnvStr $DataDir "WARDBOOK_DATA_DIR"
  ${If} $DataDir == ""
    StrCpy $DataDir "$LOCALAPPDATA\WardBook\WardBook"
  ${EndIf}

  StrCpy $AllUsers "0"
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/ALLUSERS" $R1
  ${IfNot} ${Errors}
    StrCpy $AllUsers "1"
  ${EndIf}
  ClearErrors
  ${GetOptions} $R0 "/CURRENTUSER" $R1
  ${IfNot} ${Errors}
    StrCpy $AllUsers "0"
  ${EndIf}
  ${If} $AllUsers == "1"
  ${AndIf} $IsAdmin != "1"
    MessageBox MB_ICONSTOP "Cài cho mọi người dùng cần quyền quản trị: nhấp chuột phải vào tệp cài đặt, chọn $\"Run as administrator$\"." /SD IDOK
    SetErrorLevel 2
    Quit
  ${EndIf}

  ; /D=… (kept in $INSTDIR by NSIS) wins over the defaults.
  StrCpy $R2 $INSTDIR
  StrCpy $R3 "$LOCALAPPDATA\Programs\${APP}"  ; InstallDir, in the current user's context
  !insertmacro SetScope
  Call DefaultDir
  ${If} $R2 != $R3
    StrCpy $INSTDIR $R2
  ${EndIf}
  Call FindOld
FunctionEnd

Function ScopePage
  ${If} $OldVersion != ""
    Abort  ; an upgrade keeps the scope and folder it has
  ${EndIf}
  !insertmacro MUI_HEADER_TEXT "Cài cho ai?" "Chọn cài ${APP} cho riêng bạn hay cho mọi người dùng máy này."
  nsDialogs::Create 1018
  Pop $0
  ${NSD_CreateRadioButton} 0 0 100% 14u "Chỉ cho tôi (không cần quyền quản trị; khuyên dùng)"
  Pop $RadioMe
  ${NSD_CreateRadioButton} 0 20u 100% 14u "Cho mọi người dùng máy này (cần quyền quản trị)"
  Pop $RadioAll
  ${NSD_CreateLabel} 0 44u 100% 40u "Dữ liệu (sổ đăng ký, bản sao lưu) luôn nằm trong thư mục riêng của từng người dùng: $DataDir"
  Pop $0
  ${If} $IsAdmin != "1"
    EnableWindow $RadioAll 0
    ${NSD_CreateLabel} 0 88u 100% 30u "Muốn cài cho mọi người dùng: đóng trình cài đặt, nhấp chuột phải vào tệp cài đặt và chọn $\"Run as administrator$\"."
    Pop $0
  ${EndIf}
  ${If} $AllUsers == "1"
    ${NSD_Check} $RadioAll
  ${Else}
    ${NSD_Check} $RadioMe
  ${EndIf}
  nsDialogs::Show
FunctionEnd

Function ScopePageLeave
  ${NSD_GetState} $RadioAll $0
  ${If} $0 == ${BST_CHECKED}
    StrCpy $AllUsers "1"
  ${Else}
    StrCpy $AllUsers "0"
  ${EndIf}
  !insertmacro SetScope
  Call DefaultDir
  Call FindOld
FunctionEnd

Function DirectoryPre
  ${If} $OldVersion != ""
    Abort  ; upgrading in place
  ${EndIf}
FunctionEnd

; Waits until WardBook.exe / wardbook-cli.exe of this folder are closed (a running program
; cannot be opened for writing on Windows). Silent: gives up at once (exit code 2).
Function WaitClosed
  ${ForEach} $R9 1 2 + 1
    ${If} $R9 == 1
      StrCpy $R8 "$INSTDIR\WardBook.exe"
    ${Else}
      StrCpy $R8 "$INSTDIR\wardbook-cli.exe"
    ${EndIf}
    ${DoWhile} ${FileExists} $R8
      ClearErrors
      FileOpen $0 $R8 a
      ${IfNot} ${Errors}
        FileClose $0
        ${ExitDo}
      ${EndIf}
      ${If} ${Cmd} `MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "${APP} đang chạy. Hãy đóng ${APP} rồi bấm Thử lại (Retry)." /SD IDCANCEL IDCANCEL`
        SetErrorLevel 2
        Abort "${APP} đang chạy: chưa cài."
      ${EndIf}
    ${Loop}
  ${Next}
FunctionEnd

; Copies the register files, as they are (encrypted), before the program is replaced.
Function BackupBeforeUpgrade
  ${IfNot} ${FileExists} "$DataDir\keyslots.json"
  ${AndIfNot} ${FileExists} "$DataDir\register.db"
    DetailPrint "Chưa có sổ đăng ký trong $DataDir: không cần sao lưu."
    Return
  ${EndIf}
  ${GetTime} "" "L" $0 $1 $2 $3 $4 $5 $6
  StrCpy $R0 "$DataDir\backups\before-upgrade-$OldVersion-$2$1$0-$4$5$6"
  DetailPrint "Sao lưu sổ đăng ký trước khi nâng cấp vào $R0"
  ClearErrors
  CreateDirectory $R0
  ${ForEach} $R9 1 5 + 1
    ${Select} $R9
      ${Case} 1
        StrCpy $R1 "register.db"
      ${Case} 2
        StrCpy $R1 "register.db-wal"
      ${Case} 3
        StrCpy $R1 "register.db-shm"
      ${Case} 4
        StrCpy $R1 "register.db-journal"
      ${CaseElse}
        StrCpy $R1 "keyslots.json"
    ${EndSelect}
    ${If} ${FileExists} "$DataDir\$R1"
      CopyFiles /SILENT "$DataDir\$R1" "$R0\$R1"
      ${IfNot} ${FileExists} "$R0\$R1"
        SetErrors
      ${EndIf}
    ${EndIf}
  ${Next}
  ${If} ${Errors}
    MessageBox MB_ICONSTOP "Không sao lưu được sổ đăng ký vào $R0 (ổ đĩa đầy hoặc không có quyền ghi). Chưa cài phiên bản mới." /SD IDOK
    SetErrorLevel 2
    Abort "Sao lưu thất bại: chưa cài."
  ${EndIf}
FunctionEnd

Section "${APP}" SecApp
  SectionIn RO
  !insertmacro SetScope
  ${If} $OldVersion != ""
    DetailPrint "Nâng cấp ${APP} $OldVersion → ${VERSION} trong $INSTDIR"
    Call WaitClosed
    Call BackupBeforeUpgrade
    RMDir /r "$INSTDIR\_internal"  ; files of the old version that the new one no longer has
  ${EndIf}

  SetOutPath "$INSTDIR"
  File /r "${PAYLOAD}${SEP}*.*"
  WriteUninstaller "$INSTDIR\Uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${SHORTCUT}.lnk" "$INSTDIR\WardBook.exe" "" "$INSTDIR\WardBook.exe" 0 \
    SW_SHOWNORMAL "" "${APP} — ${SHORTCUT}"
  CreateShortcut "$DESKTOP\${SHORTCUT}.lnk" "$INSTDIR\WardBook.exe" "" "$INSTDIR\WardBook.exe" 0 \
    SW_SHOWNORMAL "" "${APP} — ${SHORTCUT}"

  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayName" "${APP} — ${SHORTCUT}"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINST_KEY}" "Publisher" "${APP}"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\WardBook.exe"
  WriteRegStr SHCTX "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINST_KEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegStr SHCTX "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
  WriteRegStr SHCTX "${UNINST_KEY}" "InstallScope" "$AllUsers"
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD SHCTX "${UNINST_KEY}" "EstimatedSize" $0
SectionEnd

; -- uninstaller --------------------------------------------------------------------------------

Section "un.${APP}" SecUnApp
  SectionIn RO
  !insertmacro SetScope
  Call un.WaitClosed
  Delete "$SMPROGRAMS\${SHORTCUT}.lnk"
  Delete "$DESKTOP\${SHORTCUT}.lnk"
  ; Only what the setup put there: a folder chosen by hand may hold other files.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\WardBook.exe"
  Delete "$INSTDIR\wardbook-cli.exe"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey SHCTX "${UNINST_KEY}"
SectionEnd

Section /o "un.Xóa cả dữ liệu (sổ đăng ký, bản sao lưu)" SecData
  SetShellVarContext current
  ${If} $DataDir == "$LOCALAPPDATA\WardBook\WardBook"
    DetailPrint "Xóa dữ liệu trong $DataDir"
    RMDir /r "$DataDir"
    RMDir "$LOCALAPPDATA\WardBook"
  ${ElseIf} ${FileExists} "$DataDir\keyslots.json"
  ${OrIf} ${FileExists} "$DataDir\register.db"
    ; A folder named by WARDBOOK_DATA_DIR may hold other things: only the register's own files.
    DetailPrint "Xóa sổ đăng ký trong $DataDir"
    Delete "$DataDir\register.db"
    Delete "$DataDir\register.db-wal"
    Delete "$DataDir\register.db-shm"
    Delete "$DataDir\register.db-journal"
    Delete "$DataDir\keyslots.json"
    Delete "$DataDir\keyslots.json.lock"
    Delete "$DataDir\settings.json"
    RMDir /r "$DataDir\backups"
    RMDir "$DataDir"
  ${EndIf}
  !insertmacro SetScope
SectionEnd

Function un.WaitClosed
  ${DoWhile} ${FileExists} "$INSTDIR\WardBook.exe"
    ClearErrors
    FileOpen $0 "$INSTDIR\WardBook.exe" a
    ${IfNot} ${Errors}
      FileClose $0
      ${ExitDo}
    ${EndIf}
    ${If} ${Cmd} `MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "${APP} đang chạy. Hãy đóng ${APP} rồi bấm Thử lại (Retry)." /SD IDCANCEL IDCANCEL`
      SetErrorLevel 2
      Abort "${APP} đang chạy: chưa gỡ."
    ${EndIf}
  ${Loop}
FunctionEnd

; After the sections: it selects SecData for /DELETEDATA.
Function un.onInit
  SetRegView 64
  UserInfo::GetAccountType
  Pop $0
  StrCpy $IsAdmin "0"
  ${If} $0 == "Admin"
    StrCpy $IsAdmin "1"
  ${EndIf}
  SetShellVarContext current
  ReadEnvStr $DataDir "WARDBOOK_DATA_DIR"
  ${If} $DataDir == ""
    StrCpy $DataDir "$LOCALAPPDATA\WardBook\WardBook"
  ${EndIf}
  ; Per machine when the HKLM key names this folder.
  StrCpy $AllUsers "0"
  ReadRegStr $0 HKLM "${UNINST_KEY}" "InstallLocation"
  ${If} $0 == $INSTDIR
    StrCpy $AllUsers "1"
    ${If} $IsAdmin != "1"
      MessageBox MB_ICONSTOP "${APP} được cài cho mọi người dùng: gỡ bằng quyền quản trị (Run as administrator)." /SD IDOK
      SetErrorLevel 2
      Quit
    ${EndIf}
  ${EndIf}
  StrCpy $DeleteData "0"
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/DELETEDATA" $R1
  ${IfNot} ${Errors}
    StrCpy $DeleteData "1"
    !insertmacro SelectSection ${SecData}
  ${EndIf}
FunctionEnd
