using Kansrijk.Pathways;
using Kansrijk.Platform.Database;
using Kansrijk.Signalling.Instruments;
using Kansrijk.Signalling.Responses;
using Kansrijk.Signalling.Scoring;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Signalling;

/// <summary>
/// Screening counted for one municipality (the woman's) and the year of the submit, for the process indicators. No
/// identity: women screened, screened before week 16, per domain the women with advice, and women with advice who were
/// referred on or after the day of the submit.
/// </summary>
public sealed record ScreeningYear(string MunicipalityCode, int Year, int Screened, int ScreenedBeforeWeek16,
    IReadOnlyDictionary<string, int> AdviceByDomain, int AdviceFollowedByReferral, int WithAdvice);

/// <summary>The Signalling module's contract for the monitor: counts only, never a woman or an answer.</summary>
public sealed class SignallingCounts(KansrijkDb db, SelfReportService reports)
{
    public const int EarlyWeek = 16;

    /// <summary>The domains of the built-in instrument (key, Dutch name), in its order: the monitor counts advice per domain.</summary>
    public static IReadOnlyList<(string Key, string Name)> Domains { get; } =
        [.. (InstrumentParser.Parse(DefaultInstrument.Json()).Definition?.Domains ?? []).Select(d => (d.Key!, d.Name!.In(LocalText.Dutch).Text))];

    public async Task<IReadOnlyList<ScreeningYear>> ScreeningAsync(CancellationToken ct)
    {
        var rows = await db.SignallingResponses.AsNoTracking().Where(r => r.SubmittedAt != null)
            .Join(db.Set<Pathway>(), r => r.PathwayId, p => p.Id, (r, p) => new
            {
                r.PathwayId,
                p.MunicipalityCode,
                p.DueDate,
                SubmittedAt = r.SubmittedAt!.Value,
                r.InstrumentVersionId,
                r.FilledBy,
                // Only rows sent before the domains were kept at submit need their answers.
                AnswersEncrypted = r.AdviceDomainsKept == null ? r.AnswersEncrypted : null,
                r.AdviceDomainsKept,
                Referred = db.Set<Referral>().Where(f => f.PathwayId == r.PathwayId).Select(f => (DateTime?)f.CreatedAt).Max(),
            })
            .ToListAsync(ct);
        var definitions = new Dictionary<int, InstrumentDefinition>();
        foreach (var id in rows.Where(r => r.AdviceDomainsKept is null).Select(r => r.InstrumentVersionId).Distinct())
        {
            definitions[id] = InstrumentService.Read(await db.InstrumentVersions.AsNoTracking().SingleAsync(v => v.Id == id, ct));
        }
        var women = rows.Select(r =>
        {
            // The domains with advice are kept at submit (and stay when her answers are erased); a row sent before that
            // is scored from her answers (an outcome of another instrument counts as screened, with its domains as recorded).
            var advice = r.AdviceDomainsKept is not null || string.IsNullOrEmpty(r.AnswersEncrypted)
                ? (r.AdviceDomainsKept ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).ToList()
                : AdviceDomains(r.FilledBy, definitions[r.InstrumentVersionId], reports.Answers(new SignallingResponse { Language = "nl", AnswersEncrypted = r.AnswersEncrypted }));
            return new
            {
                r.PathwayId,
                r.MunicipalityCode,
                r.SubmittedAt.Year,
                Early = Dates.PregnancyWeek(r.DueDate, DateOnly.FromDateTime(r.SubmittedAt)).Weeks < EarlyWeek,
                Advice = advice,
                ReferredAfter = advice.Count > 0 && r.Referred is { } referred && referred.Date >= r.SubmittedAt.Date,
            };
        });
        return [.. women.GroupBy(w => (w.MunicipalityCode, w.Year))
            .OrderBy(g => g.Key.MunicipalityCode, StringComparer.Ordinal).ThenBy(g => g.Key.Year)
            .Select(g =>
            {
                var byWoman = g.GroupBy(w => w.PathwayId).ToList();
                return new ScreeningYear(g.Key.MunicipalityCode, g.Key.Year, byWoman.Count,
                    byWoman.Count(w => w.Any(x => x.Early)),
                    byWoman.SelectMany(w => w.SelectMany(x => x.Advice).Distinct()).GroupBy(d => d).ToDictionary(d => d.Key, d => d.Count()),
                    byWoman.Count(w => w.Any(x => x.ReferredAfter)),
                    byWoman.Count(w => w.Any(x => x.Advice.Count > 0)));
            })];
    }

    /// <summary>The domains that gave advice. Partner items are only asked when there is a partner, so scoring as if there is one counts what was asked.</summary>
    public static List<string> AdviceDomains(FilledBy filledBy, InstrumentDefinition definition, IReadOnlyDictionary<string, string> answers) =>
        [.. ExternalOutcome.ScoreAny(filledBy, definition, answers, partnerPresent: true).Domains.Where(d => d.Result == DomainResult.Advies).Select(d => d.Key)];
}
