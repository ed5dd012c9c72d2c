using Kansrijk.Geography;
using Kansrijk.Monitor;
using Kansrijk.Monitor.Import;
using Kansrijk.Tests.Infrastructure;

namespace Kansrijk.Tests.Monitor;

[Trait(Kinds.Trait, Kinds.Unit)]
public sealed class IndicatorCsvTests
{
    private static readonly Dictionary<string, Indicator> Indicators = IndicatorCatalogue.Builtin.ToDictionary(i => i.Code);
    private static readonly Dictionary<string, AreaType> Areas = new()
    {
        ["GM0392"] = AreaType.Municipality,
        ["GM0363"] = AreaType.Municipality,
        ["GG3109"] = AreaType.GgdRegion,
        ["NL01"] = AreaType.Country,
    };

    private static (IReadOnlyList<ImportRow> Rows, IReadOnlyList<ImportError> Errors) Read(string text) =>
        IndicatorCsv.Read(text, Indicators, Areas);

    [Theory]
    [InlineData("indicator;gebied;periode;teller;noemer;waarde\nL12;GM0392;2021;150;1000;15,0\n")]
    [InlineData("indicator,gebied,periode,teller,noemer,waarde\nL12,GM0392,2021,150,1000,15.0\n")]
    [InlineData("indicator,gebied,periode,teller,noemer,waarde\r\nL12,GM0392,2021,150,1000,\"15,0\"\r\n")]
    [InlineData("\uFEFFIndicator;Gebied;Periode;Teller;Noemer;Waarde\nl12;gm0392;2021;150;1000;\n")]
    public void Semicolons_commas_decimal_commas_points_and_a_bom_are_all_read(string text)
    {
        var (rows, errors) = Read(text);
        Assert.Empty(errors);
        var row = Assert.Single(rows);
        Assert.Equal(("L12", "GM0392", new Period(2021, 2021), 150L, 1000L), (row.IndicatorCode, row.AreaCode, row.Period, row.Numerator!.Value, row.Denominator!.Value));
    }

    [Fact]
    public void A_published_value_for_the_country_and_a_multi_year_period_are_accepted()
    {
        var (rows, errors) = Read("indicator;gebied;periode;teller;noemer;waarde\nL12;NL01;2017-2021;;;14,8\n");
        Assert.Empty(errors);
        Assert.Equal((new Period(2017, 2021), 14.8m), (rows[0].Period, rows[0].Value!.Value));
    }

    [Theory]
    [InlineData("L99;GM0392;2021;1;10;", "indicator", "Onbekende indicator")]
    [InlineData("L12;GM9999;2021;1;10;", "gebied", "Onbekend gebied")]
    [InlineData("L12;GM0392;21;1;10;", "periode", "Ongeldige periode")]
    [InlineData("L12;GM0392;2021-2017;1;10;", "periode", "Ongeldige periode")]
    [InlineData("L12;GM0392;2021;-1;10;", "teller", "negatief")]
    [InlineData("L12;GM0392;2021;1,5;10;", "teller", "heel getal")]
    [InlineData("L12;GM0392;2021;1;abc;", "noemer", "geen getal")]
    [InlineData("L12;GM0392;2021;20;10;", "teller", "groter dan de noemer")]
    [InlineData("L12;GM0392;2021;10;100;12,0", "waarde", "past niet bij teller en noemer")]
    [InlineData("L12;GM0392;2021;10;;", "noemer", "noemer ontbreekt")]
    [InlineData("L12;GG3109;2021;10;100;", "teller", "alleen bij gemeenten")]
    [InlineData("L12;GM0392;2021;;;", "waarde", "Geen cijfer")]
    [InlineData("L12;GM0392;2021;1;10;-3", "waarde", "negatief")]
    public void Each_bad_cell_is_named_by_row_column_and_reason(string line, string column, string reason)
    {
        var (rows, errors) = Read($"indicator;gebied;periode;teller;noemer;waarde\nL12;GM0363;2021;100;1000;\n{line}\n");
        var error = Assert.Single(errors);
        Assert.Equal((3, column), (error.Row, error.Column));
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void A_duplicate_row_names_the_first_one()
    {
        var (_, errors) = Read("indicator;gebied;periode;teller;noemer;waarde\nL12;GM0392;2021;1;10;\nL13;GM0392;2021;1;10;\nL12;gm0392;2021;2;10;\n");
        var error = Assert.Single(errors);
        Assert.Equal(4, error.Row);
        Assert.Contains("regel 2", error.Message);
    }

    [Theory]
    [InlineData("", "leeg")]
    [InlineData("   \n", "leeg")]
    [InlineData("indicator;gebied;jaar;teller;noemer;waarde\nL12;GM0392;2021;1;10;\n", "kopregel")]
    [InlineData("indicator;gebied;periode;teller;noemer;waarde\n", "geen regels")]
    public void An_empty_file_or_a_wrong_header_is_refused(string text, string reason)
    {
        var (rows, errors) = Read(text);
        Assert.Empty(rows);
        Assert.Contains(reason, Assert.Single(errors).Message);
    }

    [Fact]
    public void Every_error_in_a_file_is_reported_not_just_the_first()
    {
        var (_, errors) = Read("indicator;gebied;periode;teller;noemer;waarde\nL99;GM0392;2021;1;10;\nL12;GM0392;2021;1;10;\nL12;XX;zz;-1;10;\n");
        Assert.Equal([(2, "indicator"), (4, "gebied"), (4, "periode"), (4, "teller")], errors.Select(e => (e.Row, e.Column)));
    }

    [Fact]
    public void A_count_indicator_takes_no_denominator()
    {
        var counts = new Dictionary<string, Indicator>(Indicators)
        {
            ["T01"] = new() { Code = "T01", Name = "Aantal", Unit = IndicatorUnit.Count, NumeratorDescription = "n", Source = "test" },
        };
        var (_, errors) = IndicatorCsv.Read("indicator;gebied;periode;teller;noemer;waarde\nT01;GM0392;2021;12;100;\n", counts, Areas);
        Assert.Equal("noemer", Assert.Single(errors).Column);
    }

    [Theory]
    [InlineData("2021", 2021, 2021)]
    [InlineData("2017-2021", 2017, 2021)]
    [InlineData(" 2017 – 2021 ", 2017, 2021)]
    public void Periods_are_a_year_or_a_range(string text, int start, int end)
    {
        Assert.True(Period.TryParse(text, out var period));
        Assert.Equal(new Period(start, end), period);
        Assert.Equal(start == end ? $"{start}" : $"{start}-{end}", period.ToString());
    }

    [Fact]
    public void Judgement_follows_the_desired_direction_at_the_shown_decimals()
    {
        var big2 = Indicators["L12"]; // lower is better, 1 decimal
        MonitorCell Cell(decimal v) => new("L12", "X", "2021", 1, 10, v, false, ValueKind.Municipal, "", false);
        Assert.Equal("gunstiger dan landelijk", MonitorFormat.Judgement(big2, Cell(14.2m), Cell(14.8m)));
        Assert.Equal("ongunstiger dan landelijk", MonitorFormat.Judgement(big2, Cell(15.1m), Cell(14.8m)));
        Assert.Equal("gelijk", MonitorFormat.Judgement(big2, Cell(14.81m), Cell(14.79m)));
        Assert.Equal("gunstiger dan landelijk", MonitorFormat.Judgement(Indicators["L04"], Cell(80m), Cell(72m)));
    }

    [Fact]
    public void A_computed_figure_says_how_many_municipalities_it_is_made_of()
    {
        MonitorCell Aggregate(int? n) => new("L01", "NL01", "2024", 1, 1, 100m, false, ValueKind.Aggregated, "", false) { Municipalities = n };
        Assert.Equal("berekend uit 1 gemeente", MonitorFormat.KindText(Aggregate(1)));
        Assert.Equal("berekend uit 342 gemeenten", MonitorFormat.KindText(Aggregate(342)));
        Assert.Equal("gepubliceerd cijfer", MonitorFormat.KindText(new("L01", "NL01", "2022", null, null, 61m, false, ValueKind.Published, "", false)));
    }
}
