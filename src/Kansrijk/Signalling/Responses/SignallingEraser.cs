using Kansrijk.Pathways;
using Kansrijk.Platform.Database;
using Kansrijk.Signalling.Instruments;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Signalling.Responses;

/// <summary>
/// Erases her answers when her pathway is anonymised: a questionnaire she never sent goes, a sent one keeps only its date
/// and the domains that gave advice (what KS01–KS05 count), and her codes go.
/// </summary>
public sealed class SignallingEraser(KansrijkDb db, SelfReportService reports, InstrumentService instruments) : IPathwayDataEraser
{
    public async Task EraseAsync(int pathwayId, CancellationToken ct)
    {
        db.RemoveRange(await db.SignallingInvitations.Where(i => i.PathwayId == pathwayId).ToListAsync(ct));
        foreach (var response in await db.SignallingResponses.Where(r => r.PathwayId == pathwayId && r.AnswersEncrypted != "").ToListAsync(ct))
        {
            if (response.SubmittedAt is null)
            {
                db.Remove(response);
                continue;
            }
            var definition = (await instruments.FindAsync(response.InstrumentVersionId, ct))!.Value.Definition;
            response.AdviceDomainsKept = string.Join(',', SignallingCounts.AdviceDomains(response.FilledBy, definition, reports.Answers(response)));
            response.AnswersEncrypted = "";
        }
    }
}
