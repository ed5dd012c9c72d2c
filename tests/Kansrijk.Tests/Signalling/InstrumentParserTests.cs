using System.Text.Json.Nodes;
using Kansrijk.Signalling.Instruments;
using Kansrijk.Tests.Infrastructure;

namespace Kansrijk.Tests.Signalling;

/// <summary>The format's checks: every error in Dutch and naming its place (domain or item key).</summary>
[Trait(Kinds.Trait, Kinds.Unit)]
public sealed class InstrumentParserTests
{
    private static readonly IReadOnlySet<string> Themes = Kansrijk.CarePaths.CarePathReference.BuiltIn.Select(t => t.Code).ToHashSet();

    private static IReadOnlyList<string> ErrorsAfter(Action<JsonNode> change)
    {
        var node = JsonNode.Parse(TestInstrument.Json())!;
        change(node);
        return InstrumentParser.Parse(node.ToJsonString(), Themes).Errors;
    }

    [Fact]
    public void The_test_instrument_is_valid_and_round_trips()
    {
        var parsed = InstrumentParser.Parse(TestInstrument.Json(), Themes);
        Assert.True(parsed.IsValid, string.Join("\n", parsed.Errors));
        var again = InstrumentParser.Parse(InstrumentParser.Write(parsed.Definition!), Themes);
        Assert.True(again.IsValid);
        Assert.Equal(InstrumentParser.Write(parsed.Definition!), InstrumentParser.Write(again.Definition!));
    }

    [Fact]
    public void Broken_json_is_refused_with_its_line()
    {
        var errors = InstrumentParser.Parse("{ \"format\": ", Themes).Errors;
        Assert.Contains("geen geldige JSON", Assert.Single(errors));
        Assert.Contains("regel 1", errors[0]);
    }

    [Fact]
    public void Wrong_format_is_refused()
    {
        Assert.Contains(ErrorsAfter(n => n["format"] = "iets-anders/2"), e => e.Contains("\"format\" moet"));
    }

    [Fact]
    public void Missing_dutch_text_names_the_item()
    {
        var errors = ErrorsAfter(n => n["domains"]![0]!["items"]![0]!["text"] = new JsonObject { ["en"] = "Only English" });
        Assert.Contains("Vraag \"geld-rondkomen\": de vraagtekst ontbreekt in het Nederlands (\"nl\").", errors);
    }

    [Fact]
    public void Duplicate_key_across_the_instrument_is_refused()
    {
        var errors = ErrorsAfter(n => n["domains"]![1]!["items"]![0]!["key"] = "geld-rondkomen");
        Assert.Contains(errors, e => e.StartsWith("Vraag \"geld-rondkomen\"", StringComparison.Ordinal) && e.Contains("uniek"));
    }

    [Fact]
    public void Key_with_capitals_is_refused()
    {
        Assert.Contains(ErrorsAfter(n => n["domains"]![0]!["key"] = "Geld"), e => e.StartsWith("Domein 1:", StringComparison.Ordinal));
    }

    [Fact]
    public void Yesno_needs_exactly_ja_and_nee()
    {
        var errors = ErrorsAfter(n => n["domains"]![0]!["items"]![1]!["options"]![0]!["value"] = "yes");
        Assert.Contains(errors, e => e.StartsWith("Vraag \"geld-schulden\"", StringComparison.Ordinal) && e.Contains("\"ja\" en \"nee\""));
    }

    [Fact]
    public void Show_if_must_point_back_to_an_earlier_item_and_its_options()
    {
        var later = ErrorsAfter(n => n["domains"]![0]!["items"]![2]!["showIf"]!["item"] = "welzijn-stemming");
        Assert.Contains(later, e => e.StartsWith("Vraag \"geld-schulden-hulp\"", StringComparison.Ordinal) && e.Contains("eerdere vraag"));

        var value = ErrorsAfter(n => n["domains"]![0]!["items"]![2]!["showIf"]!["in"] = new JsonArray("misschien"));
        Assert.Contains(value, e => e.Contains("\"misschien\"") && e.Contains("geld-schulden"));
    }

    [Fact]
    public void Unknown_theme_is_refused_with_its_domain()
    {
        var errors = ErrorsAfter(n => n["domains"]![0]!["themes"] = new JsonArray("geen-thema"));
        Assert.Contains("Domein \"geld-en-schulden\": het thema \"geen-thema\" bestaat niet in de zorgpaden.", errors);
    }

    [Fact]
    public void Number_item_needs_its_number_part_and_min_below_max()
    {
        Assert.Contains(ErrorsAfter(n => n["domains"]![1]!["items"]![0]!.AsObject().Remove("number")),
            e => e.StartsWith("Vraag \"middelen-sigaretten\"", StringComparison.Ordinal));
        Assert.Contains(ErrorsAfter(n => n["domains"]![1]!["items"]![0]!["number"]!["min"] = 100),
            e => e.Contains("\"min\" is groter dan \"max\""));
    }

    [Fact]
    public void Unknown_type_and_unknown_language_are_refused()
    {
        Assert.Contains(ErrorsAfter(n => n["domains"]![2]!["items"]![1]!["type"] = "essay"),
            e => e.StartsWith("Vraag \"toelichting\"", StringComparison.Ordinal) && e.Contains("\"type\""));
        Assert.Contains(ErrorsAfter(n => n["languages"] = new JsonArray("nl", "fr")), e => e.Contains("\"fr\""));
    }

    [Fact]
    public void Negative_weight_and_zero_threshold_are_refused()
    {
        Assert.Contains(ErrorsAfter(n => n["domains"]![0]!["items"]![0]!["options"]![2]!["weight"] = -1), e => e.Contains("negatief"));
        Assert.Contains(ErrorsAfter(n => n["domains"]![0]!["threshold"] = 0), e => e.StartsWith("Domein \"geld-en-schulden\": \"threshold\"", StringComparison.Ordinal));
    }
}

/// <summary>The built-in instrument (written by the content side) passes every check of the format.</summary>
[Trait(Kinds.Trait, Kinds.Unit)]
public sealed class DefaultInstrumentTests
{
    [Fact]
    public void The_default_instrument_is_valid_against_the_built_in_themes()
    {
        var themes = Kansrijk.CarePaths.CarePathReference.BuiltIn.Select(t => t.Code).ToHashSet();
        var parsed = InstrumentParser.Parse(DefaultInstrument.Json(), themes);
        Assert.True(parsed.IsValid, string.Join("\n", parsed.Errors));
        Assert.Equal(DefaultInstrument.Key, parsed.Definition!.Key);
        Assert.All(parsed.Definition.Domains, d => Assert.True(d.Items.Count > 0));
    }
}
