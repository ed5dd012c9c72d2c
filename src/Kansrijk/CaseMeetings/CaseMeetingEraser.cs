using Kansrijk.Pathways;
using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.CaseMeetings;

/// <summary>
/// Erases what the meetings hold about her when her pathway is anonymised: the question, themes, discussion and decisions
/// of her cases by name and their actions' texts. The case stays (empty) so KS04 keeps counting that she was discussed.
/// </summary>
public sealed class CaseMeetingEraser(KansrijkDb db) : IPathwayDataEraser
{
    public async Task EraseAsync(int pathwayId, CancellationToken ct)
    {
        foreach (var meetingCase in await db.Set<MeetingCase>().Include(c => c.Actions).Where(c => c.PathwayId == pathwayId).ToListAsync(ct))
        {
            (meetingCase.QuestionEncrypted, meetingCase.ThemesEncrypted, meetingCase.DiscussionEncrypted, meetingCase.DecisionsEncrypted) = ("", null, null, null);
            foreach (var action in meetingCase.Actions)
            {
                action.WhatEncrypted = "";
            }
        }
    }
}
