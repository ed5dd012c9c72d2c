using Kansrijk.CarePaths;
using Kansrijk.Platform.Csv;
using Kansrijk.Tests.Infrastructure;

namespace Kansrijk.Tests.Platform;

[Trait(Kinds.Trait, Kinds.Unit)]
public sealed class CsvExportTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+31 20 123 4567", "'+31 20 123 4567")]
    [InlineData("-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tverborgen", "'\tverborgen")]
    [InlineData("\rverborgen", "'\rverborgen")]
    [InlineData("-5", "-5")]
    [InlineData("-1,9", "-1,9")]
    [InlineData("12,5", "12,5")]
    [InlineData("Haarlem", "Haarlem")]
    [InlineData("", "")]
    public void A_cell_that_a_spreadsheet_would_run_gets_an_apostrophe_and_a_number_stays_a_number(string cell, string written)
    {
        Assert.Equal(written, CsvExport.Neutralise(cell));
        Assert.Equal(cell, CsvExport.Restore(CsvExport.Neutralise(cell)));
    }

    [Fact]
    public void The_social_map_export_writes_neutralised_cells()
    {
        var row = SocialMapTransfer.Columns.ToDictionary(c => c, _ => "");
        row["organisatie"] = "=HYPERLINK(\"http://evil.example\")";
        row["telefoon"] = "+31 23 511 5115";
        row["leeftijd_vanaf"] = "16";
        var csv = SocialMapTransfer.ToCsv([row]);
        Assert.Contains("'=HYPERLINK(", csv);
        Assert.Contains("'+31 23 511 5115", csv);
        Assert.Contains(";16;", csv);
    }
}
