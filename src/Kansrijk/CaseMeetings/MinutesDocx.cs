using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Kansrijk.CaseMeetings;

/// <summary>
/// The minutes as a Word file: heading styles (navigation, screen readers), Dutch as the language, A4, a footer with
/// page numbers, and action tables whose header row repeats and whose rows do not split. The same content as the print
/// page (<see cref="Minutes"/>); anonymous cases stay anonymous. Elements in schema order: the tests validate the file.
/// </summary>
public static class MinutesDocx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private const int TextWidth = 9070;

    public static byte[] Write(Minutes minutes)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = minutes.Title;
            document.PackageProperties.Creator = "Kansrijk";
            document.PackageProperties.Language = "nl-NL";
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = Footer(minutes.Title);
            var body = new Body();
            body.Append(Paragraph(minutes.Title, "Heading1"));
            foreach (var line in minutes.Facts) body.Append(Paragraph(line, null));
            foreach (var section in minutes.Cases)
            {
                body.Append(Paragraph(section.Title, "Heading2"));
                foreach (var (label, text) in section.Parts)
                {
                    body.Append(Paragraph(label, "Heading3"));
                    foreach (var line in text.Split('\n')) body.Append(Paragraph(line.TrimEnd('\r'), null));
                }
                if (section.Actions.Count > 0)
                {
                    body.Append(Paragraph("Acties", "Heading3"));
                    body.Append(Table(Minutes.ActionColumns, section.Actions));
                    body.Append(Paragraph("", null));
                }
            }
            body.Append(new SectionProperties(
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1418, Bottom = 1418, Left = 1418U, Right = 1418U, Header = 709U, Footer = 709U, Gutter = 0U }));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static Footer Footer(string title)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }),
            new Run(new Text(title + " \u00b7 vertrouwelijk \u00b7 pagina ") { Space = SpaceProcessingModeValues.Preserve }));
        paragraph.Append(Field("PAGE"));
        paragraph.Append(new Run(new Text(" van ") { Space = SpaceProcessingModeValues.Preserve }));
        paragraph.Append(Field("NUMPAGES"));
        return new Footer(paragraph);
    }

    private static Run[] Field(string name) =>
    [
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode($" {name} ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        new Run(new Text("1")),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
    ];

    private static Paragraph Paragraph(string text, string? style)
    {
        var paragraph = new Paragraph();
        if (style is not null) paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        paragraph.Append(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }

    private static Table Table(IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        int[] widths = [4270, 2200, 1300, 1300];
        var table = new Table(new TableProperties(
            new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableBorders(Line<TopBorder>(), Line<LeftBorder>(), Line<BottomBorder>(), Line<RightBorder>(), Line<InsideHorizontalBorder>(), Line<InsideVerticalBorder>()),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableLook { Val = "04A0" }));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        table.Append(Row(columns, widths, header: true));
        foreach (var row in rows) table.Append(Row(row, widths, header: false));
        return table;
    }

    private static T Line<T>() where T : BorderType, new() => new() { Val = BorderValues.Single, Size = 4U, Color = "6B7780" };

    private static TableRow Row(IReadOnlyList<string> cells, int[] widths, bool header)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (header) properties.Append(new TableHeader());
        var row = new TableRow(properties);
        for (var c = 0; c < widths.Length; c++)
        {
            var runProperties = new RunProperties();
            if (header) runProperties.Append(new Bold());
            runProperties.Append(new FontSize { Val = "20" });
            var run = new Run(runProperties);
            run.Append(new Text(c < cells.Count ? cells[c] : "") { Space = SpaceProcessingModeValues.Preserve });
            row.Append(new TableCell(
                new TableCellProperties(new TableCellWidth { Width = widths[c].ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }),
                new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" }), run)));
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
        HeadingStyle("Heading3", "heading 3", 2, "24"),
        new Style(
            new StyleName { Val = "footer" },
            new BasedOn { Val = "Normal" },
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0" }),
            new StyleRunProperties(new Color { Val = "4B5563" }, new FontSize { Val = "16" }))
        { Type = StyleValues.Paragraph, StyleId = "Footer" });

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
