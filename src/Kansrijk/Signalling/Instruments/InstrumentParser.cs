using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Kansrijk.Signalling.Instruments;

/// <summary>The outcome of reading an instrument: the definition when it is valid, otherwise the Dutch errors with their place.</summary>
public sealed record ParseResult(InstrumentDefinition? Definition, IReadOnlyList<string> Errors)
{
    public bool IsValid => Definition is not null && Errors.Count == 0;
}

/// <summary>
/// Reads and checks the JSON format "kansrijk-instrument/1". Every error names its place (the domain or item key) in plain
/// Dutch, so an administrator can find it in the file; one error refuses the whole file.
/// </summary>
public static partial class InstrumentParser
{
    public const string Format = "kansrijk-instrument/1";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        IndentSize = 2,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        AllowTrailingCommas = false,
        ReadCommentHandling = JsonCommentHandling.Disallow,
    };

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KeyPattern();

    /// <param name="knownThemes">The care-path theme codes a domain may name; null skips that check (unit tests of scoring).</param>
    public static ParseResult Parse(string json, IReadOnlySet<string>? knownThemes = null)
    {
        InstrumentDefinition? definition;
        try
        {
            definition = JsonSerializer.Deserialize<InstrumentDefinition>(json, Json);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (regel {(line + 1).ToString(CultureInfo.InvariantCulture)}{(string.IsNullOrEmpty(e.Path) ? "" : ", bij " + e.Path)})" : "";
            return new ParseResult(null, [$"Het bestand is geen geldige JSON of een waarde heeft de verkeerde soort{where}."]);
        }
        if (definition is null)
        {
            return new ParseResult(null, ["Het bestand is leeg."]);
        }
        var errors = Validate(definition, knownThemes);
        return new ParseResult(errors.Count == 0 ? definition : null, errors);
    }

    public static string Write(InstrumentDefinition definition) => JsonSerializer.Serialize(definition, Json);

    public static List<string> Validate(InstrumentDefinition d, IReadOnlySet<string>? knownThemes)
    {
        var errors = new List<string>();
        if (d.Format != Format) errors.Add($"Instrument: \"format\" moet \"{Format}\" zijn.");
        if (d.Key is null || !KeyPattern().IsMatch(d.Key)) errors.Add("Instrument: \"key\" ontbreekt of bevat iets anders dan kleine letters, cijfers en streepjes.");
        if (d.Version < 1) errors.Add("Instrument: \"version\" moet 1 of hoger zijn.");
        RequireDutch(d.Name, "Instrument: de naam", errors);
        RequireDutch(d.Intro, "Instrument: de inleiding (intro)", errors);
        if (!d.Languages.Contains(LocalText.Dutch)) errors.Add("Instrument: \"languages\" moet \"nl\" bevatten.");
        foreach (var language in d.Languages.Where(l => !Languages.Supported.Contains(l)))
        {
            errors.Add($"Instrument: de taal \"{language}\" kennen we niet (kies uit {string.Join(", ", Languages.Supported)}).");
        }
        if (d.OverallThreshold < 1) errors.Add("Instrument: \"overallThreshold\" moet 1 of hoger zijn.");
        if (d.WishForHelp is null)
        {
            errors.Add("Instrument: de vraag naar de wens voor hulp (wishForHelp) ontbreekt.");
        }
        else
        {
            RequireDutch(d.WishForHelp.Question, "Wens voor hulp: de vraag", errors);
            CheckOptions(d.WishForHelp.Options, "Wens voor hulp", errors);
        }
        if (d.Domains.Count == 0) errors.Add("Instrument: er is geen enkel domein.");

        var keys = new HashSet<string>(StringComparer.Ordinal);
        var earlier = new Dictionary<string, Item>(StringComparer.Ordinal);
        for (var i = 0; i < d.Domains.Count; i++)
        {
            CheckDomain(d.Domains[i], i + 1, keys, earlier, knownThemes, errors);
        }
        return errors;
    }

    private static void CheckDomain(Domain domain, int position, HashSet<string> keys, Dictionary<string, Item> earlier,
        IReadOnlySet<string>? knownThemes, List<string> errors)
    {
        var place = CheckKey(domain.Key, $"domein {position.ToString(CultureInfo.InvariantCulture)}", "Domein", keys, errors);
        RequireDutch(domain.Name, $"{place}: de naam", errors);
        RequireDutch(domain.WomanAdvice, $"{place}: het advies voor de vrouw (womanAdvice)", errors);
        if (string.IsNullOrWhiteSpace(domain.ProfessionalText)) errors.Add($"{place}: de tekst voor de professional (professionalText) ontbreekt.");
        if (domain.Threshold < 1) errors.Add($"{place}: \"threshold\" moet 1 of hoger zijn.");
        foreach (var theme in domain.Themes.Where(t => knownThemes is not null && !knownThemes.Contains(t)))
        {
            errors.Add($"{place}: het thema \"{theme}\" bestaat niet in de zorgpaden.");
        }
        if (domain.Items.Count == 0) errors.Add($"{place}: er is geen enkele vraag.");
        for (var i = 0; i < domain.Items.Count; i++)
        {
            var item = domain.Items[i];
            var itemPlace = CheckKey(item.Key, $"vraag {(i + 1).ToString(CultureInfo.InvariantCulture)} van {place}", "Vraag", keys, errors);
            CheckItem(item, itemPlace, earlier, errors);
            if (item.Key is not null) earlier.TryAdd(item.Key, item);
        }
    }

    private static string CheckKey(string? key, string fallbackPlace, string kind, HashSet<string> keys, List<string> errors)
    {
        if (key is null || !KeyPattern().IsMatch(key))
        {
            var place = char.ToUpperInvariant(fallbackPlace[0]) + fallbackPlace[1..];
            errors.Add($"{place}: \"key\" ontbreekt of bevat iets anders dan kleine letters, cijfers en streepjes.");
            return place;
        }
        var named = $"{kind} \"{key}\"";
        if (!keys.Add(key)) errors.Add($"{named}: deze sleutel komt vaker voor; elke sleutel moet uniek zijn in het hele instrument.");
        return named;
    }

    private static void CheckItem(Item item, string place, Dictionary<string, Item> earlier, List<string> errors)
    {
        RequireDutch(item.Text, $"{place}: de vraagtekst", errors);
        if (item.Type is null || !ItemTypes.All.Contains(item.Type))
        {
            errors.Add($"{place}: \"type\" moet yesno, choice, scale, number of text zijn.");
            return;
        }
        if (ItemTypes.HasOptions(item.Type))
        {
            CheckOptions(item.Options, place, errors);
            if (item.Type == ItemTypes.YesNo && !item.Options.Select(o => o.Value).Order(StringComparer.Ordinal).SequenceEqual(["ja", "nee"]))
            {
                errors.Add($"{place}: een ja/nee-vraag heeft precies de antwoorden \"ja\" en \"nee\".");
            }
            if (item.Type != ItemTypes.YesNo && item.Options.Count < 2) errors.Add($"{place}: een keuzevraag heeft minstens twee antwoorden.");
        }
        else if (item.Options.Count > 0)
        {
            errors.Add($"{place}: een vraag van het type {item.Type} heeft geen antwoordopties.");
        }
        if (item.Type == ItemTypes.Number)
        {
            CheckNumber(item.Number, place, errors);
        }
        else if (item.Number is not null)
        {
            errors.Add($"{place}: alleen een vraag van het type number heeft een \"number\"-deel.");
        }
        if (item.ShowIf is { } showIf)
        {
            if (showIf.Item is null || !earlier.TryGetValue(showIf.Item, out var condition))
            {
                errors.Add($"{place}: \"showIf\" moet verwijzen naar een eerdere vraag (\"{showIf.Item}\" staat er niet vóór).");
            }
            else if (!ItemTypes.HasOptions(condition.Type))
            {
                errors.Add($"{place}: \"showIf\" kan alleen verwijzen naar een vraag met antwoordopties.");
            }
            else
            {
                if (showIf.In.Count == 0) errors.Add($"{place}: \"showIf\" noemt geen enkel antwoord in \"in\".");
                foreach (var value in showIf.In.Where(v => condition.Options.All(o => o.Value != v)))
                {
                    errors.Add($"{place}: \"showIf\" noemt het antwoord \"{value}\", maar vraag \"{condition.Key}\" heeft dat antwoord niet.");
                }
            }
        }
    }

    private static void CheckOptions(List<Option> options, string place, List<string> errors)
    {
        if (options.Count == 0) errors.Add($"{place}: er zijn geen antwoorden (options).");
        var values = new HashSet<string>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            if (string.IsNullOrWhiteSpace(option.Value))
            {
                errors.Add($"{place}: een antwoord heeft geen \"value\".");
                continue;
            }
            if (!values.Add(option.Value)) errors.Add($"{place}: het antwoord \"{option.Value}\" komt twee keer voor.");
            RequireDutch(option.Text, $"{place}: de tekst van antwoord \"{option.Value}\"", errors);
            if (option.Weight < 0) errors.Add($"{place}: het gewicht van antwoord \"{option.Value}\" mag niet negatief zijn.");
        }
    }

    private static void CheckNumber(NumberSpec? number, string place, List<string> errors)
    {
        if (number is null)
        {
            errors.Add($"{place}: een getalvraag heeft een \"number\"-deel met min, max en weights.");
            return;
        }
        if (number.Min > number.Max) errors.Add($"{place}: \"min\" is groter dan \"max\".");
        foreach (var weight in number.Weights.Where(w => w.Weight < 0))
        {
            errors.Add($"{place}: het gewicht vanaf {weight.AtLeast.ToString(CultureInfo.InvariantCulture)} mag niet negatief zijn.");
        }
    }

    private static void RequireDutch(LocalText? text, string what, List<string> errors)
    {
        if (text is null || !text.HasDutch) errors.Add($"{what} ontbreekt in het Nederlands (\"nl\").");
    }
}
