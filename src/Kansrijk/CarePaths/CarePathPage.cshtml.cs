using System.Globalization;
using Kansrijk.Access.Authorization;
using Kansrijk.Platform.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kansrijk.CarePaths;

/// <summary>
/// The care path of one or more themes ("financien-en-schulden+psychische-problematiek") for one municipality, readable
/// without login. The routing form (age, insurance, the situations the agreements ask) is a GET form; the answers are only
/// used to pick offers and are not stored or logged (the request log writes the path without the query string).
/// </summary>
public sealed class CarePathPageModel(KansrijkDb db, Authorizer authorizer) : PageModel
{
    public const int MaxThemes = 6;
    public const string SituationPrefix = "situatie-";

    public IReadOnlyList<CarePathView> Paths { get; private set; } = [];
    public CarePathView Path => Paths[0];
    public bool Editor { get; private set; }
    public string? Age { get; private set; }
    public string? Insured { get; private set; }
    public string? AgeError { get; private set; }
    public IReadOnlyList<RoutingQuestion> Questions { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Answers { get; private set; } = new Dictionary<string, string>();
    public RoutingOutcome? Outcome { get; private set; }
    public bool Safety { get; private set; }
    public IReadOnlyList<(string Name, string Phone)> NationalNumbers { get; private set; } = [];

    /// <summary>The offers of all themes, each once, with the themes it serves on this page.</summary>
    public IReadOnlyList<(Offer Offer, IReadOnlyList<string> Themes)> Offers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string gemeentecode, string thema, [FromQuery] string? leeftijd, [FromQuery] string? verzekerd, CancellationToken ct)
    {
        var codes = thema.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        if (codes.Count is 0 or > MaxThemes)
        {
            return NotFound();
        }
        var scope = await authorizer.ScopeAsync(ct);
        Editor = scope.Covers(gemeentecode.ToUpperInvariant());
        var queries = new CarePathQueries(db);
        var paths = new List<CarePathView>();
        foreach (var code in codes)
        {
            if (await queries.PathAsync(gemeentecode, code, Editor, ct) is not { } path)
            {
                return NotFound();
            }
            paths.Add(path);
        }
        Paths = paths;
        Safety = codes.Any(CarePathReference.SafetyThemes.Contains);
        NationalNumbers = Safety ? CarePathReference.SafetyNumbers
            : [.. codes.Select(c => CarePathReference.NationalNumbers.TryGetValue(c, out var n) ? n : default).Where(n => n.Name is not null).Distinct()];
        Offers = [.. paths.SelectMany(p => p.Offers.Select(o => (Offer: o, Theme: p.Theme.Name))).GroupBy(x => x.Offer.Id)
            .Select(g => (g.First().Offer, (IReadOnlyList<string>)[.. g.Select(x => x.Theme)]))];
        Questions = Routing.Questions(paths);

        var asked = Request.Query.Keys.Any(k => k is "leeftijd" or "verzekerd" || k.StartsWith(SituationPrefix, StringComparison.Ordinal));
        if (asked)
        {
            // the answers of the routing form are not stored anywhere, also not in a cache
            Response.Headers.CacheControl = "no-store";
        }
        Age = leeftijd;
        Insured = verzekerd;
        var answers = new Dictionary<string, string>();
        var situations = new Dictionary<string, bool>();
        foreach (var question in Questions)
        {
            var answer = Request.Query[SituationPrefix + question.Key].ToString();
            answers[question.Key] = answer;
            if (answer is "ja" or "nee")
            {
                situations[question.Key] = answer == "ja";
            }
        }
        Answers = answers;
        if (leeftijd is not null)
        {
            if (int.TryParse(leeftijd.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var age) && age is >= 10 and <= 60)
            {
                Outcome = Routing.Route(paths, new RoutingAnswers(age, verzekerd switch { "ja" => true, "nee" => false, _ => null }, situations));
            }
            else
            {
                AgeError = "Vul de leeftijd in jaren in, een heel getal van 10 tot en met 60.";
            }
        }
        return Page();
    }

    public string Source(CarePathView path, PartSource source) =>
        source == PartSource.Regional ? $"Regionaal ({path.Region?.Name})" : $"Lokaal ({path.Municipality.Name})";
}
