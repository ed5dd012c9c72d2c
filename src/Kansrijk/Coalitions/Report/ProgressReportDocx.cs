using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Kansrijk.Coalitions.Report;

/// <summary>
/// The progress report as a Word file (.docx, Office Open XML) with real heading styles, so Word's navigation and
/// screen readers see the structure, A4 pages and Dutch as the document language. Elements are appended in
/// schema order: the tests check the file with the OpenXml validator.
/// </summary>
public static class ProgressReportDocx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static byte[] Write(ProgressReport report)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = report.Title;
            document.PackageProperties.Creator = "Kansrijk";
            document.PackageProperties.Language = "nl-NL";
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var body = new Body();
            foreach (var element in ProgressReportSections.Of(report).SelectMany(Render))
            {
                body.Append(element);
            }
            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1418, Bottom = 1418, Left = 1418U, Right = 1418U, Header = 709U, Footer = 709U, Gutter = 0U }));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static IEnumerable<OpenXmlElement> Render(ReportBlock block) => block switch
    {
        ReportBlock.Heading h => [Paragraph(h.Title, h.Level == 1 ? "Heading1" : "Heading2")],
        ReportBlock.Text t => t.Value.Split('\n').Select(line => Paragraph(line.TrimEnd('\r'), null)),
        ReportBlock.Note n => [Paragraph(n.Value, "Note")],
        ReportBlock.List l => l.Items.Select(i => Paragraph("• " + i, null)),
        ReportBlock.Table t => [Table(t), Paragraph("", null)],
        _ => [],
    };

    private static Paragraph Paragraph(string text, string? style)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }
        paragraph.Append(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }

    private static Table Table(ReportBlock.Table block)
    {
        var table = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(Line<TopBorder>(), Line<LeftBorder>(), Line<BottomBorder>(), Line<RightBorder>(), Line<InsideHorizontalBorder>(), Line<InsideVerticalBorder>()),
            new TableLook { Val = "04A0" }));
        table.Append(new TableGrid(block.Columns.Select(_ => new GridColumn { Width = (9070 / block.Columns.Count).ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        table.Append(Row(block.Columns, header: true));
        foreach (var row in block.Rows)
        {
            table.Append(Row(row, header: false));
        }
        return table;
    }

    private static T Line<T>() where T : BorderType, new() => new() { Val = BorderValues.Single, Size = 4U, Color = "6B7780" };

    private static TableRow Row(IEnumerable<string> cells, bool header)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }
        foreach (var text in cells)
        {
            var run = new Run();
            if (header)
            {
                run.Append(new RunProperties(new Bold()));
            }
            run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
            row.Append(new TableCell(new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Auto }), new Paragraph(run)));
        }
        return row;
    }

    private static Styles Styles() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri" },
                new FontSize { Val = "22" },
                new Languages { Val = "nl-NL" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        HeadingStyle("Heading1", "heading 1", 0, "36"),
        HeadingStyle("Heading2", "heading 2", 1, "28"),
        new Style(
            new StyleName { Val = "Note" },
            new BasedOn { Val = "Normal" },
            new StyleRunProperties(new Italic(), new Color { Val = "4B5563" }))
        { Type = StyleValues.Paragraph, StyleId = "Note", CustomStyle = true });

    private static Style HeadingStyle(string id, string name, int outline, string size) => new(
        new StyleName { Val = name },
        new BasedOn { Val = "Normal" },
        new NextParagraphStyle { Val = "Normal" },
        new UIPriority { Val = 9 },
        new PrimaryStyle(),
        new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }, new OutlineLevel { Val = outline }),
        new StyleRunProperties(new Bold(), new Color { Val = "1F3A5F" }, new FontSize { Val = size }))
    { Type = StyleValues.Paragraph, StyleId = id };
}
