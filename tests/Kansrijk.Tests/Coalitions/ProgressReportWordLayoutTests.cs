using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Kansrijk.Tests.Infrastructure;

namespace Kansrijk.Tests.Coalitions;

/// <summary>
/// The progress report's Word file as a word processor lays it out: LibreOffice (headless) prints it to PDF and the
/// PDF's text is read back. Once, on SQLite: the layout does not depend on the database.
/// </summary>
[Collection(SqliteCollection.Name), Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class ProgressReportWordLayoutTests(SqliteApp app)
{
    [Fact]
    public async Task LibreOffice_prints_the_word_file_with_whole_words_in_every_cell_and_page_numbers()
    {
        var id = await CoalitionLookup.LocalOfAsync(app, "GM0392");
        var response = await app.NewClient().GetAsync($"/coalities/{id}/voortgang/2022?handler=Word");
        response.EnsureSuccessStatusCode();
        var docx = await response.Content.ReadAsByteArrayAsync();

        List<string> cellWords;
        using (var document = WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            var body = document.MainDocumentPart!.Document!.Body!;
            var tables = body.Descendants<Table>().ToList();
            Assert.True(tables.Count >= 4, $"{tables.Count} tables");
            foreach (var table in tables)
            {
                var rows = table.Elements<TableRow>().ToList();
                Assert.All(rows, r => Assert.NotNull(r.TableRowProperties?.GetFirstChild<CantSplit>()));
                Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
                Assert.Equal(TableLayoutValues.Fixed, table.GetFirstChild<TableProperties>()!.TableLayout!.Type!.Value);
            }
            var budget = tables.Single(t => t.Elements<TableRow>().First().InnerText.StartsWith("Bron", StringComparison.Ordinal));
            Assert.Equal("BronBedragToelichting", budget.Elements<TableRow>().First().InnerText);
            Assert.Contains(budget.Elements<TableRow>(), r => r.InnerText.Contains("Impulsmiddelen Kansrijke Start vanuit het Rijk", StringComparison.Ordinal));
            // the demo figures are synthetic: marked in their row, explained under the table
            var figures = tables.Single(t => t.Elements<TableRow>().First().InnerText.StartsWith("Indicator", StringComparison.Ordinal));
            Assert.Contains(figures.Elements<TableRow>().Skip(1), r => r.InnerText.Contains("\u00a0*", StringComparison.Ordinal));
            Assert.Contains(body.Descendants<Paragraph>(), p => p.InnerText.StartsWith("Een cijfer met\u00a0* is synthetisch", StringComparison.Ordinal));
            var footer = document.MainDocumentPart.FooterParts.Single().Footer!;
            Assert.Contains(footer.Descendants<FieldCode>(), f => f.Text.Trim() == "PAGE");
            Assert.Contains(footer.Descendants<FieldCode>(), f => f.Text.Trim() == "NUMPAGES");
            cellWords = [.. tables.SelectMany(t => t.Descendants<TableCell>()).SelectMany(c => Words(c.InnerText)).Distinct()];
        }

        var pages = await ExternalTools.PdfPagesAsync(await ExternalTools.WordToPdfAsync(docx));
        Assert.True(pages.Count >= 2, $"{pages.Count} page(s)");
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"pagina {i + 1} van {pages.Count}", pages[i], StringComparison.Ordinal);
        }
        // a word that LibreOffice had to break inside a cell comes out in two pieces and is missing here
        var printed = pages.SelectMany(Words).ToHashSet(StringComparer.Ordinal);
        var split = cellWords.Where(w => !printed.Contains(w)).ToList();
        Assert.True(split.Count == 0, $"{split.Count} of {cellWords.Count} words in table cells are not whole in LibreOffice's PDF: {string.Join(", ", split.Take(20))}");
        Assert.True(cellWords.Count > 100, $"only {cellWords.Count} words checked");
    }

    /// <summary>Words as printed: split at spaces (also non-breaking ones) and after a hyphen, where a line may break.</summary>
    private static IEnumerable<string> Words(string text) =>
        text.Replace('\u00a0', ' ').Replace("-", "- ", StringComparison.Ordinal)
            .Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
}
