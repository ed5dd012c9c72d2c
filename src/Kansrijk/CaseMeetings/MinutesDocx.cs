using DocumentFormat.OpenXml;
using Kansrijk.Platform.Word;

namespace Kansrijk.CaseMeetings;

/// <summary>
/// The minutes as a Word file (<see cref="WordDocument"/>: heading styles, A4, Dutch, page numbers, action tables whose
/// header row repeats and whose rows do not split). The same content as the print page (<see cref="Minutes"/>);
/// anonymous cases stay anonymous. The tests validate the file.
/// </summary>
public static class MinutesDocx
{
    public const string ContentType = WordDocument.ContentType;

    public static byte[] Write(Minutes minutes) =>
        WordDocument.Write(minutes.Title, minutes.Title + " \u00b7 vertrouwelijk", Content(minutes));

    private static IEnumerable<OpenXmlElement> Content(Minutes minutes)
    {
        yield return WordDocument.Paragraph(minutes.Title, "Heading1");
        foreach (var line in minutes.Facts) yield return WordDocument.Paragraph(line, null);
        foreach (var section in minutes.Cases)
        {
            yield return WordDocument.Paragraph(section.Title, "Heading2");
            foreach (var (label, text) in section.Parts)
            {
                yield return WordDocument.Paragraph(label, "Heading3");
                foreach (var line in text.Split('\n')) yield return WordDocument.Paragraph(line.TrimEnd('\r'), null);
            }
            if (section.Actions.Count > 0)
            {
                yield return WordDocument.Paragraph("Acties", "Heading3");
                yield return WordDocument.Table(Minutes.ActionColumns, section.Actions);
                yield return WordDocument.Paragraph("", null);
            }
        }
    }
}
