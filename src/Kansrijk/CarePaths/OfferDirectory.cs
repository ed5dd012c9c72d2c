using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.CarePaths;

/// <summary>An offer as another module needs it: to name it, to know which organisation receives a referral, and whether it is the prenatal home visit.</summary>
public sealed record OfferSummary(int Id, string Name, int OrganisationId, string OrganisationName, bool IsPrenatalHomeVisit);

/// <summary>
/// The CarePaths module's contract for other modules (a pathway refers to offers): names, receivers and the published
/// offers for a municipality, without reading the care-path tables.
/// </summary>
public sealed class OfferDirectory(KansrijkDb db)
{
    public async Task<IReadOnlyDictionary<int, OfferSummary>> FindAsync(IEnumerable<int> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        if (list.Count == 0) return new Dictionary<int, OfferSummary>();
        return await db.Offers.AsNoTracking().Where(o => list.Contains(o.Id))
            .Select(o => new OfferSummary(o.Id, o.Name, o.OrganisationId, o.Organisation!.Name, o.IsPrenatalHomeVisit)).ToDictionaryAsync(o => o.Id, ct);
    }

    /// <summary>The built-in risk themes (code, name) in their fixed order; the monitor counts referrals per theme by them.</summary>
    public static IReadOnlyList<(string Code, string Name)> BuiltInThemes => CarePathReference.BuiltIn;

    /// <summary>Per offer the codes of its themes (an offer may have several, or none).</summary>
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<string>>> ThemeCodesAsync(IEnumerable<int> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        if (list.Count == 0) return new Dictionary<int, IReadOnlyList<string>>();
        var rows = await db.Set<OfferTheme>().AsNoTracking().Where(t => list.Contains(t.OfferId))
            .Join(db.RiskThemes, t => t.ThemeId, r => r.Id, (t, r) => new { t.OfferId, r.Code }).ToListAsync(ct);
        return rows.GroupBy(r => r.OfferId).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(r => r.Code).Distinct()]);
    }

    /// <summary>The published offers for women of this municipality (its own and national ones), by organisation and name.</summary>
    public async Task<IReadOnlyList<OfferSummary>> PublishedForAsync(string municipalityCode, CancellationToken ct) =>
        await db.Offers.AsNoTracking()
            .Where(o => o.Status == ContentStatus.Published && (o.National || o.Municipalities.Any(m => m.MunicipalityCode == municipalityCode)))
            .OrderBy(o => o.Organisation!.Name).ThenBy(o => o.Name)
            .Select(o => new OfferSummary(o.Id, o.Name, o.OrganisationId, o.Organisation!.Name, o.IsPrenatalHomeVisit)).ToListAsync(ct);

    /// <summary>The published offers for women of this municipality under each theme asked for (theme code → offers; none → empty).</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<OfferSummary>>> PublishedByThemeAsync(string municipalityCode,
        IEnumerable<string> themeCodes, CancellationToken ct)
    {
        var offers = await PublishedForAsync(municipalityCode, ct);
        var themes = await ThemeCodesAsync(offers.Select(o => o.Id), ct);
        return themeCodes.Distinct(StringComparer.Ordinal).ToDictionary(t => t,
            t => (IReadOnlyList<OfferSummary>)[.. offers.Where(o => themes.TryGetValue(o.Id, out var codes) && codes.Contains(t))], StringComparer.Ordinal);
    }

    public const string InsuredKey = "verzekerd";
    public const string SituationPrefix = CarePathPageModel.SituationPrefix;

    /// <summary>
    /// Her published offers per theme, routed by each theme's care path for her municipality as the care path page does
    /// (<see cref="Routing.Route"/>): her age and the answers given (question key → yes/no; a missing key is unanswered, so
    /// nothing is assumed). Also the questions these rules ask. Offers outside her age are marked, not dropped, so the
    /// page can say why. Themes the municipality does not know are left out.
    /// </summary>
    public async Task<RoutedAdvice> RouteAsync(string municipalityCode, IEnumerable<string> themeCodes, int age,
        IReadOnlyDictionary<string, bool> answers, CancellationToken ct)
    {
        var queries = new CarePathQueries(db);
        var paths = new List<CarePathView>();
        foreach (var code in themeCodes.Distinct(StringComparer.Ordinal))
        {
            if (await queries.PathAsync(municipalityCode, code, includeDrafts: false, ct) is { } path) paths.Add(path);
        }
        var situations = Routing.Questions(paths);
        var routing = new RoutingAnswers(age, answers.TryGetValue(InsuredKey, out var insured) ? insured : null,
            situations.Where(q => answers.ContainsKey(SituationPrefix + q.Key)).ToDictionary(q => q.Key, q => answers[SituationPrefix + q.Key]));
        var themes = paths.Select(path => AdviseTheme(path, routing)).ToList();
        var insuranceAsked = paths.SelectMany(Candidates).Any(o => o.Insurance != InsuranceCriterion.Any);
        IEnumerable<AdviceQuestion> questions = insuranceAsked ? [new AdviceQuestion(InsuredKey, Routing.InsuranceQuestion)] : [];
        return new RoutedAdvice([.. questions.Concat(situations.Select(q => new AdviceQuestion(SituationPrefix + q.Key, q.Question)))], themes);
    }

    private static IEnumerable<Offer> Candidates(CarePathView path) =>
        path.Offers.Concat(path.Rules.Select(r => r.Offer).OfType<Offer>()).DistinctBy(o => o.Id);

    private static ThemeAdvice AdviseTheme(CarePathView path, RoutingAnswers answers)
    {
        var outcome = Routing.Route([path], answers);
        var age = answers.Age;
        static bool InRange(int age, int? min, int? max) => (min is null || age >= min) && (max is null || age <= max);
        AdvisedOffer Advise(Offer offer)
        {
            var summary = new OfferSummary(offer.Id, offer.Name, offer.OrganisationId, offer.Organisation?.Name ?? "", offer.IsPrenatalHomeVisit);
            if (outcome.Routed.FirstOrDefault(r => r.Offer.Id == offer.Id) is { } routed) return new(summary, OfferFit.Fits, routed.Reason);
            if (!InRange(age, offer.MinAge, offer.MaxAge))
                return new(summary, OfferFit.NotForAge, $"Dit aanbod is voor {CarePathNames.AgeRange(offer.MinAge, offer.MaxAge)}; zij is {age} jaar.");
            var rules = path.Rules.Where(r => r.Rule.OfferId == offer.Id).ToList();
            if (rules.Count > 0 && !rules.Any(r => InRange(age, r.Rule.MinAge, r.Rule.MaxAge)))
                return new(summary, OfferFit.NotForAge, $"De afspraak over dit aanbod is voor {string.Join(" of ", rules.Select(r => CarePathNames.AgeRange(r.Rule.MinAge, r.Rule.MaxAge)).Distinct())}; zij is {age} jaar.");
            if (outcome.Waiting.FirstOrDefault(w => w.Offer.Id == offer.Id) is { } waiting) return new(summary, OfferFit.DependsOn, waiting.OpenQuestion);
            return new(summary, OfferFit.NotChosen, "Past niet bij uw antwoorden op de vragen.");
        }
        return new ThemeAdvice(path.Theme.Code, path.Theme.Name, [.. Candidates(path).Select(Advise)]);
    }

    /// <summary>The codes of all risk themes (built in and added), for checking what another module refers to.</summary>
    public async Task<IReadOnlySet<string>> ThemeCodesAsync(CancellationToken ct) =>
        (await db.RiskThemes.AsNoTracking().Select(t => t.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
}
