using Kansrijk.Access.AccessLog;
using Kansrijk.Access.Authorization;
using Kansrijk.CarePaths;
using Kansrijk.Pathways;
using Kansrijk.Platform.Database;
using Kansrijk.Signalling.Instruments;
using Kansrijk.Signalling.Responses;
using Kansrijk.Signalling.Scoring;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Signalling.Pages;

/// <summary>
/// Signalling on one pathway for the professionals involved: invite her with a code (shown once), the invitations, and per
/// questionnaire she sent the domains that need attention, her wish for help, her answers and the help of her
/// municipality per care-path theme with "Verwijs". Every read is in the access log; others get 403, logged too.
/// </summary>
[Authorize]
public sealed class SignallingPageModel(Authorizer authorizer, PathwayCaseLinks pathways, SelfReportService selfReport, InstrumentService instruments,
    HelpNearby help, KansrijkDb db, AccessLogWriter log, TimeProvider clock, UserManager<Access.User> users) : PageModel
{
    public sealed record InvitationRow(int Id, DateTime CreatedAt, DateTime ExpiresAt, string Status);

    /// <summary>A sent questionnaire or outcome; <paramref name="ConsultBy"/> names the professional when it was filled in during a consult.</summary>
    public sealed record Summary(int ResponseId, DateTime SubmittedAt, string Language, FilledBy FilledBy, InstrumentDefinition Definition,
        IReadOnlyDictionary<string, string> Answers, IReadOnlySet<string> Shown, ScoreResult Score, string? ConsultBy)
    {
        public IEnumerable<Domain> Flagged => Definition.Domains.Where(d => Score[d.Key!].Result != DomainResult.Geen);
        public bool External => FilledBy == FilledBy.ExternalInstrument;
    }

    public PathwayIdentity Identity { get; private set; } = null!;
    /// <summary>Carries the new code from the POST to the one GET that shows it (a protected cookie, read once), never in the address.</summary>
    public const string CodeKey = "signalering-code";

    /// <summary>The code of the invitation just made: the only time it is shown.</summary>
    public string? NewCode { get; private set; }
    public string? Message { get; private set; }
    /// <summary>A questionnaire begun during a consult and not sent yet.</summary>
    public bool ConsultInProgress { get; private set; }
    public IReadOnlyList<InvitationRow> Invitations { get; private set; } = [];
    public IReadOnlyList<Summary> Summaries { get; private set; } = [];
    /// <summary>The offers of all flagged themes, routed by her age and the answers in the query string (never stored).</summary>
    public HelpNearby.Routed? Advice { get; private set; }
    /// <summary>The routing questions as answered in the query string: key → "ja", "nee" or absent.</summary>
    public IReadOnlyDictionary<string, string> RoutingAnswers { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await authorizer.AllowsAsync(Permissions.ClientRead, await pathways.ResourceAsync(id, ct), ct)) return Forbid();
        NewCode = TempData[CodeKey] as string;
        Message = TempData["Melding"] as string;
        return await ShowAsync(id, ct);
    }

    public async Task<IActionResult> OnPostInviteAsync(int id, CancellationToken ct)
    {
        if (!await authorizer.AllowsAsync(Permissions.ClientWrite, await pathways.ResourceAsync(id, ct), ct)) return Forbid();
        if ((await pathways.IdentitiesAsync([id], ct)).Count == 0) return NotFound();
        // Post/redirect/get: reloading the page that shows the code makes no second invitation.
        TempData[CodeKey] = InvitationCodes.Display((await selfReport.InviteAsync(id, users.GetUserId(User)!, ct)).Code);
        return Redirect($"/trajecten/{id}/signalering#code-titel");
    }

    private async Task<IActionResult> ShowAsync(int id, CancellationToken ct)
    {
        if ((await pathways.IdentitiesAsync([id], ct)).GetValueOrDefault(id) is not { } identity) return NotFound();
        Identity = identity;
        var now = clock.GetUtcNow().UtcDateTime;
        var invitations = await db.Set<SignallingInvitation>().AsNoTracking().Include(i => i.Response)
            .Where(i => i.PathwayId == id).OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id).ToListAsync(ct);
        Invitations = [.. invitations.Select(i => new InvitationRow(i.Id, i.CreatedAt, i.ExpiresAt,
            i.Response?.SubmittedAt is not null ? "ingevuld" : now >= i.ExpiresAt ? "verlopen" : i.Response is null ? "open" : "open, zij is begonnen"))];
        ConsultInProgress = await db.Set<SignallingResponse>().AsNoTracking()
            .AnyAsync(r => r.PathwayId == id && r.FilledBy == FilledBy.Professional && r.SubmittedAt == null, ct);
        // A questionnaire comes with an invitation or from a consult; the outcome of another instrument is recorded without one.
        var responses = await db.Set<SignallingResponse>().AsNoTracking().Where(r => r.PathwayId == id && r.SubmittedAt != null)
            .OrderByDescending(r => r.SubmittedAt).ThenByDescending(r => r.Id).ToListAsync(ct);
        var summaries = new List<Summary>();
        foreach (var response in responses)
        {
            var definition = (await instruments.FindAsync(response.InstrumentVersionId, ct))!.Value.Definition;
            var answers = selfReport.Answers(response);
            var score = ExternalOutcome.ScoreAny(response.FilledBy, definition, answers, partnerPresent: true);
            summaries.Add(new Summary(response.Id, response.SubmittedAt!.Value, response.Language, response.FilledBy, definition, answers,
                ScoringEngine.ShownItems(definition, answers, partnerPresent: true), score,
                response.FilledBy == FilledBy.Professional ? SelfReportService.ConsultBy(answers) ?? "een professional" : null));
            log.Add(db, new AccessEvent(AccessAction.Read, nameof(SignallingResponse), response.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ClientId: response.ClientKey, Details: response.FilledBy == FilledBy.ExternalInstrument
                    ? "uitkomst van een ander instrument bekeken" : "antwoorden signalering bekeken"));
        }
        var themes = summaries.SelectMany(s => s.Flagged).SelectMany(d => d.Themes).Distinct(StringComparer.Ordinal).ToList();
        if (themes.Count > 0)
        {
            var given = Request.Query.Where(q => q.Key == OfferDirectory.InsuredKey || q.Key.StartsWith(OfferDirectory.SituationPrefix, StringComparison.Ordinal))
                .Where(q => q.Value.ToString() is "ja" or "nee").ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
            // the answers about her situation are only used to route: not stored, not in a cache
            if (given.Count > 0) Response.Headers.CacheControl = "no-store";
            RoutingAnswers = given;
            Advice = await help.RoutedAsync(id, themes, given.ToDictionary(p => p.Key, p => p.Value == "ja", StringComparer.Ordinal), ct);
        }
        if (summaries.Count > 0) await db.SaveChangesAsync(ct);
        Summaries = summaries;
        return Page();
    }
}
