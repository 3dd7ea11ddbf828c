import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

/**
 * LibreOffice editing a DOCX as a contributor would, headless: a Basic macro (in a profile of
 * our own, as others run soffice at the same time) opens the document, makes the edits asked,
 * and saves it as Word 2007–365 (.docx). No Python-UNO is installed here; Basic is.
 */

/**
 * One edit: replace every occurrence of a text, add a paragraph after the one holding a text,
 * delete a bookmark, or add a table row (its two cells' texts) `below` rows after the row holding
 * a text, as Insert Rows Below does.
 */
export type LibreEdit = { replace: string; by: string } | { after: string; add: string } | { deleteBookmark: string } | { rowAfter: string; below: number; cells: [string, string] };

const MACRO = `REM Edits a document as the tests ask, then saves it as DOCX.
Sub Edit(opsPath As String)
  Dim sfa As Object, stream As Object, tis As Object, doc As Object
  Dim inPath As String, outPath As String, ln As String
  Dim parts, rd As Object, sd As Object, found As Object, cur As Object, errOut As Object, tos As Object
  Dim tbl As Object, nm As String, r As Integer
  On Error Goto Failed
  sfa = createUnoService("com.sun.star.ucb.SimpleFileAccess")
  stream = sfa.openFileRead(ConvertToURL(opsPath))
  tis = createUnoService("com.sun.star.io.TextInputStream")
  tis.setInputStream(stream)
  tis.setEncoding("UTF-8")
  inPath = tis.readLine()
  outPath = tis.readLine()
  Dim props(0) As New com.sun.star.beans.PropertyValue
  props(0).Name = "Hidden"
  props(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(inPath), "_blank", 0, props())
  If IsNull(doc) Then Error 1000
  Do While Not tis.isEOF()
    ln = tis.readLine()
    If Len(ln) > 0 Then
      parts = Split(ln, Chr(9))
      If parts(0) = "R" Then
        rd = doc.createReplaceDescriptor()
        rd.SearchString = parts(1)
        rd.ReplaceString = parts(2)
        doc.replaceAll(rd)
      ElseIf parts(0) = "A" Then
        sd = doc.createSearchDescriptor()
        sd.SearchString = parts(1)
        found = doc.findFirst(sd)
        cur = found.getText().createTextCursorByRange(found.getEnd())
        cur.gotoEndOfParagraph(False)
        cur.getText().insertControlCharacter(cur, com.sun.star.text.ControlCharacter.PARAGRAPH_BREAK, False)
        cur.getText().insertString(cur, parts(2), False)
      ElseIf parts(0) = "T" Then
        sd = doc.createSearchDescriptor()
        sd.SearchString = parts(1)
        found = doc.findFirst(sd)
        tbl = found.TextTable
        nm = found.Cell.CellName
        r = CInt(Mid(nm, 2)) - 1 + CInt(parts(2))
        tbl.Rows.insertByIndex(r + 1, 1)
        tbl.getCellByName("A" & (r + 2)).setString(parts(3))
        tbl.getCellByName("B" & (r + 2)).setString(parts(4))
      ElseIf parts(0) = "D" Then
        found = doc.getBookmarks().getByName(parts(1))
        found.getAnchor().getText().removeTextContent(found)
      End If
    End If
  Loop
  tis.closeInput()
  Dim save(0) As New com.sun.star.beans.PropertyValue
  save(0).Name = "FilterName"
  save(0).Value = "MS Word 2007 XML"
  doc.storeToURL(ConvertToURL(outPath), save())
  doc.close(True)
  Exit Sub
Failed:
  If Not IsNull(doc) Then doc.close(True)
  errOut = createUnoService("com.sun.star.ucb.SimpleFileAccess").openFileWrite(ConvertToURL(opsPath & ".err"))
  tos = createUnoService("com.sun.star.io.TextOutputStream")
  tos.setOutputStream(errOut)
  tos.writeString("line " & Erl & ": " & Error$ & " [" & inPath & "] " & IIf(IsNull(doc), "no document", "document"))
  tos.closeOutput()
End Sub
`;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A LibreOffice profile of our own holding the macro library. LibreOffice writes its default
 * library when it makes a profile, so the profile is made first (a conversion of nothing), and
 * the macro written over it.
 */
function profile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bilan-word-lo-'));
  spawnSync('soffice', [`-env:UserInstallation=file://${dir}`, '--headless', '--norestore', '--terminate_after_init'], { encoding: 'utf8', timeout: 240_000 });
  const basic = join(dir, 'user', 'basic');
  mkdirSync(join(basic, 'Standard'), { recursive: true });
  const head = '<?xml version="1.0" encoding="UTF-8"?>\n';
  writeFileSync(join(basic, 'script.xlc'), `${head}<!DOCTYPE library:libraries PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "libraries.dtd">\n<library:libraries xmlns:library="http://openoffice.org/2000/library" xmlns:xlink="http://www.w3.org/1999/xlink">\n <library:library library:name="Standard" xlink:href="$(USER)/basic/Standard/script.xlb/" xlink:type="simple" library:link="false"/>\n</library:libraries>\n`);
  writeFileSync(join(basic, 'dialog.xlc'), `${head}<!DOCTYPE library:libraries PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "libraries.dtd">\n<library:libraries xmlns:library="http://openoffice.org/2000/library" xmlns:xlink="http://www.w3.org/1999/xlink">\n <library:library library:name="Standard" xlink:href="$(USER)/basic/Standard/dialog.xlb/" xlink:type="simple" library:link="false"/>\n</library:libraries>\n`);
  writeFileSync(join(basic, 'Standard', 'script.xlb'), `${head}<!DOCTYPE library:library PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "library.dtd">\n<library:library xmlns:library="http://openoffice.org/2000/library" library:name="Standard" library:readonly="false" library:passwordprotected="false">\n <library:element library:name="Module1"/>\n</library:library>\n`);
  writeFileSync(join(basic, 'Standard', 'dialog.xlb'), `${head}<!DOCTYPE library:library PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "library.dtd">\n<library:library xmlns:library="http://openoffice.org/2000/library" library:name="Standard" library:readonly="false" library:passwordprotected="false"/>\n`);
  writeFileSync(join(basic, 'Standard', 'Module1.xba'), `${head}<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">\n<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">${esc(MACRO)}</script:module>\n`);
  return dir;
}

/** Opens `input` in LibreOffice, makes the edits, and saves the result as DOCX at `output`. */
export function editWithLibreOffice(input: string, output: string, edits: readonly LibreEdit[]): void {
  const dir = profile();
  const ops = join(dir, 'ops.txt');
  // A lock left by an editor that stopped half-way makes LibreOffice refuse to open the file.
  rmSync(join(dirname(input), `.~lock.${basename(input)}#`), { force: true });
  const lines = edits.map((e) => ('replace' in e ? `R\t${e.replace}\t${e.by}` : 'after' in e ? `A\t${e.after}\t${e.add}` : 'rowAfter' in e ? `T\t${e.rowAfter}\t${e.below}\t${e.cells.join('\t')}` : `D\t${e.deleteBookmark}`));
  writeFileSync(ops, [input, output, ...lines, ''].join('\n'));
  const run = spawnSync('soffice', [`-env:UserInstallation=file://${dir}`, '--headless', '--norestore', `macro:///Standard.Module1.Edit("${ops}")`], { encoding: 'utf8', timeout: 240_000 });
  const failure = existsSync(`${ops}.err`) ? readFileSync(`${ops}.err`, 'utf8') : '';
  if (run.status !== 0 || failure || !readdirSync(join(output, '..')).includes(basename(output))) throw new Error(`LibreOffice did not save ${output}: ${failure || run.stderr || run.stdout}`);
}

/** Converts a document with LibreOffice (its own profile) into `format` in `outdir`; returns the file. */
export function libreConvert(file: string, format: 'pdf' | 'docx', outdir: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'bilan-word-lo-'));
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}`, '--headless', '--norestore', '--convert-to', format === 'docx' ? 'docx:MS Word 2007 XML' : 'pdf', '--outdir', outdir, file], { encoding: 'utf8', timeout: 240_000 });
  return join(outdir, basename(file).replace(/\.[^.]+$/, `.${format}`));
}
