using System.Globalization;
using Kansrijk.Geography;
using Kansrijk.Pathways;
using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Monitor;

/// <summary>
/// Writes the process indicators counted from Kansrijk's own pathways into the monitor, with source
/// <see cref="IndicatorCatalogue.Pathways"/>. The share of completed referrals is stored as municipal counts, so regions,
/// provinces and the country follow by the monitor's own sums and its suppression. A median cannot be summed: it is
/// computed for every area from the referrals of its municipalities and stored as a published value, only when at least
/// <see cref="MinimumForMedian"/> referrals had contact (fewer could point to a person).
/// Values that change go to the history in one batch; nothing changes, nothing is written.
/// </summary>
public sealed class ProcessIndicators(KansrijkDb db, PathwayCounts counts, CarePaths.OfferDirectory offers, Signalling.SignallingCounts screening,
    CaseMeetings.CaseMeetingCounts meetings, TimeProvider clock, MonitorDataVersion version)
{
    public const string ReferralsCompleted = "KT01";
    public const string DaysToFirstContact = "KT02";
    public const string HomeVisitsDone = "KT03";
    public const string HomeVisitsBeforeWeek30 = "KT04";
    public const int MinimumForMedian = 10;
    public const string Screened = "KS01";
    public const string ScreenedEarly = "KS02";
    public const string ScreenedWithAdvice = "KS03";
    public const string DiscussedInCaseMeeting = "KS04";
    public const string AdviceFollowedByReferral = "KS05";

    /// <summary>KS03 for one domain of the built-in instrument (its place in <see cref="Signalling.SignallingCounts.Domains"/>, from 0).</summary>
    public static string ScreenedWithAdviceInDomain(int domain) => $"{ScreenedWithAdvice}D{domain + 1:00}";

    /// <summary>
    /// KT01 for one built-in theme (its place in <see cref="CarePaths.OfferDirectory.BuiltInThemes"/>, from 0): KT01T01 is the
    /// first theme. A referral counts for every theme of the offer it goes to; themes added later are not split out.
    /// </summary>
    public static string ReferralsCompletedInTheme(int theme) => $"{ReferralsCompleted}T{theme + 1:00}";

    private sealed record Wanted(string Code, string Area, int Year, long? Numerator, long? Denominator, decimal? Published);

    public async Task<int> RefreshAsync(string who, CancellationToken ct)
    {
        var referrals = await counts.ReferralsAsync(ct);
        var byOffer = await counts.ReferralsByOfferAsync(ct);
        var themes = await offers.ThemeCodesAsync(byOffer.Select(r => r.OfferId), ct);
        var screened = await screening.ScreeningAsync(ct);
        var discussed = await meetings.DiscussedByNameAsync(ct);
        var wanted = Wish(referrals).Concat(PerTheme(byOffer, themes)).Concat(Signalling(screened, discussed)).ToDictionary(w => (w.Code, w.Area, w.Year.ToString(CultureInfo.InvariantCulture)));
        var codes = IndicatorCatalogue.PathwayCodes.ToList();
        var existing = await db.IndicatorValues.Where(v => codes.Contains(v.IndicatorCode)).ToListAsync(ct);
        var changed = existing.Where(v => !wanted.TryGetValue((v.IndicatorCode, v.AreaCode, v.Period), out var w)
                || (v.Numerator, v.Denominator, v.PublishedValue) != (w.Numerator, w.Denominator, w.Published)).ToList();
        var added = wanted.Values.Where(w => !existing.Any(v => (v.IndicatorCode, v.AreaCode, v.Period) == (w.Code, w.Area, w.Year.ToString(CultureInfo.InvariantCulture)))).ToList();
        if (changed.Count + added.Count == 0) return 0;

        var batch = new ImportBatch
        {
            FileName = "trajecten in Kansrijk",
            Source = IndicatorCatalogue.Pathways,
            ImportedAt = clock.GetUtcNow().UtcDateTime,
            ImportedBy = who,
            RowCount = changed.Count + added.Count,
        };
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        db.ImportBatches.Add(batch);
        await db.SaveChangesAsync(ct);
        foreach (var old in changed)
        {
            db.IndicatorValueHistory.Add(new IndicatorValueHistory
            {
                IndicatorCode = old.IndicatorCode,
                AreaCode = old.AreaCode,
                Period = old.Period,
                Numerator = old.Numerator,
                Denominator = old.Denominator,
                PublishedValue = old.PublishedValue,
                ImportBatchId = old.ImportBatchId,
                ReplacedByBatchId = batch.Id,
            });
            if (wanted.TryGetValue((old.IndicatorCode, old.AreaCode, old.Period), out var w))
                (old.Numerator, old.Denominator, old.PublishedValue, old.ImportBatchId) = (w.Numerator, w.Denominator, w.Published, batch.Id);
            else
                db.IndicatorValues.Remove(old);
        }
        db.IndicatorValues.AddRange(added.Select(w => new IndicatorValue
        {
            IndicatorCode = w.Code,
            AreaCode = w.Area,
            Period = w.Year.ToString(CultureInfo.InvariantCulture),
            PeriodStart = w.Year,
            PeriodEnd = w.Year,
            Numerator = w.Numerator,
            Denominator = w.Denominator,
            PublishedValue = w.Published,
            ImportBatchId = batch.Id,
        }));
        await db.SaveChangesAsync(ct);
        if (transaction is not null) await transaction.CommitAsync(ct);
        version.Bump();
        return batch.RowCount;
    }

    private static IEnumerable<Wanted> Wish(IReadOnlyList<ReferralYear> referrals)
    {
        foreach (var r in referrals)
        {
            yield return new Wanted(ReferralsCompleted, r.MunicipalityCode, r.Year, r.Completed, r.Made, null);
            if (r.HomeVisitsOffered > 0) yield return new Wanted(HomeVisitsDone, r.MunicipalityCode, r.Year, r.HomeVisitsDone, r.HomeVisitsOffered, null);
            if (r.HomeVisitsDone > 0) yield return new Wanted(HomeVisitsBeforeWeek30, r.MunicipalityCode, r.Year, r.HomeVisitsBeforeWeek30, r.HomeVisitsDone, null);
        }
        // The median for each area that has enough referrals with contact: municipality, GGD region, province, country.
        var municipalities = MunicipalityDirectory.Municipalities.ToDictionary(m => m.Code);
        var byArea = referrals
            .Where(r => municipalities.ContainsKey(r.MunicipalityCode))
            .SelectMany(r => AreasOf(municipalities[r.MunicipalityCode]).Select(area => (Area: area, r.Year, r.DaysToFirstContact)))
            .GroupBy(x => (x.Area, x.Year));
        foreach (var group in byArea)
        {
            var days = group.SelectMany(x => x.DaysToFirstContact).Order().ToList();
            if (days.Count >= MinimumForMedian) yield return new Wanted(DaysToFirstContact, group.Key.Area, group.Key.Year, null, null, Median(days));
        }
    }

    private static IEnumerable<Wanted> PerTheme(IReadOnlyList<ReferralOfferYear> byOffer, IReadOnlyDictionary<int, IReadOnlyList<string>> themes)
    {
        var index = CarePaths.OfferDirectory.BuiltInThemes.Select((t, i) => (t.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        return byOffer
            .SelectMany(r => themes.GetValueOrDefault(r.OfferId, []).Where(index.ContainsKey).Select(theme => (Code: ReferralsCompletedInTheme(index[theme]), r)))
            .GroupBy(x => (x.Code, x.r.MunicipalityCode, x.r.Year))
            .Select(g => new Wanted(g.Key.Code, g.Key.MunicipalityCode, g.Key.Year, g.Sum(x => x.r.Completed), g.Sum(x => x.r.Made), null));
    }

    /// <summary>Issue 11's process indicators: screening from the questionnaires, discussion by name in a case meeting.</summary>
    private static IEnumerable<Wanted> Signalling(IReadOnlyList<Signalling.ScreeningYear> screened, IReadOnlyList<CaseMeetings.CaseMeetingYear> discussed)
    {
        var domains = Kansrijk.Signalling.SignallingCounts.Domains;
        foreach (var s in screened.Where(s => s.Screened > 0))
        {
            yield return new Wanted(Screened, s.MunicipalityCode, s.Year, s.Screened, null, null);
            yield return new Wanted(ScreenedEarly, s.MunicipalityCode, s.Year, s.ScreenedBeforeWeek16, s.Screened, null);
            yield return new Wanted(ScreenedWithAdvice, s.MunicipalityCode, s.Year, s.WithAdvice, s.Screened, null);
            for (var i = 0; i < domains.Count; i++)
            {
                yield return new Wanted(ScreenedWithAdviceInDomain(i), s.MunicipalityCode, s.Year, s.AdviceByDomain.GetValueOrDefault(domains[i].Key), s.Screened, null);
            }
            if (s.WithAdvice > 0) yield return new Wanted(AdviceFollowedByReferral, s.MunicipalityCode, s.Year, s.AdviceFollowedByReferral, s.WithAdvice, null);
        }
        foreach (var d in discussed.Where(d => d.PathwaysDiscussed > 0))
        {
            yield return new Wanted(DiscussedInCaseMeeting, d.MunicipalityCode, d.Year, d.PathwaysDiscussed, null, null);
        }
    }

    private static IEnumerable<string> AreasOf(Area municipality) =>
        new[] { municipality.Code, municipality.GgdRegionCode, municipality.ProvinceCode, Area.NetherlandsCode }.OfType<string>();

    public static decimal Median(IReadOnlyList<int> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2m;
}
