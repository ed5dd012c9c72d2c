using DocumentFormat.OpenXml;
using Kansrijk.Platform.Word;

namespace Kansrijk.Coalitions.Report;

/// <summary>
/// The progress report as a Word file (<see cref="WordDocument"/>: heading styles, A4, Dutch, page numbers, tables whose
/// columns fit their words). The tests check it with the OpenXml validator and convert it with LibreOffice.
/// </summary>
public static class ProgressReportDocx
{
    public const string ContentType = WordDocument.ContentType;

    public static byte[] Write(ProgressReport report) =>
        WordDocument.Write(report.Title, report.Title, ProgressReportSections.Of(report).SelectMany(Render));

    private static IEnumerable<OpenXmlElement> Render(ReportBlock block) => block switch
    {
        ReportBlock.Heading h => [WordDocument.Paragraph(h.Title, h.Level == 1 ? "Heading1" : "Heading2")],
        ReportBlock.Text t => t.Value.Split('\n').Select(line => WordDocument.Paragraph(line.TrimEnd('\r'), null)),
        ReportBlock.Note n => [WordDocument.Paragraph(n.Value, "Note")],
        ReportBlock.List l => l.Items.Select(i => WordDocument.Paragraph("• " + i, null)),
        ReportBlock.Table t => [WordDocument.Paragraph(t.Caption, "Caption"), WordDocument.Table(t.Columns, t.Rows), WordDocument.Paragraph("", null)],
        _ => [],
    };
}
