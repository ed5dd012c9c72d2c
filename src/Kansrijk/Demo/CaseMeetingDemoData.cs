using Kansrijk.Access;
using Kansrijk.CaseMeetings;
using Kansrijk.Pathways;
using Kansrijk.Platform.Database;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Demo;

/// <summary>
/// A fictional MDO in Den Haag, held two days ago: the demo midwife and the wijkteam worker take part; one case by name
/// (the fictional Fenna Fictief, with her case-meeting consent) and one anonymous case, each with an action. Idempotent.
/// </summary>
public sealed class CaseMeetingDemoData(KansrijkDb db, UserManager<User> users, ClientDataProtector protector, PathwayCaseLinks pathways, TimeProvider clock)
{
    public const string MeetingName = "MDO geboortezorg Den Haag (voorbeeld)";

    public Task SeedAsync(CancellationToken ct = default) =>
        DemoRecords.OnceAsync(db, "overleggen", () => db.Set<CaseMeeting>().AnyAsync(m => m.Name == MeetingName, ct), () => SeedOnceAsync(ct), ct);

    private async Task SeedOnceAsync(CancellationToken ct)
    {
        var practice = await db.Organisations.FirstOrDefaultAsync(o => o.Name == PathwayDemoData.MidwifePractice, ct);
        var wijkteam = await db.Organisations.FirstOrDefaultAsync(o => o.Name == PathwayDemoData.DenHaagWorkerOrganisation, ct);
        var midwife = await users.FindByEmailAsync(DemoAccounts.Professional.Email);
        var worker = await users.FindByEmailAsync(DemoAccounts.NeighbourhoodWorker.Email);
        if (practice is null || wijkteam is null || midwife is null || worker is null) return;
        // Fenna Fictief: the practice's fictional woman in Den Haag (the other one lives in Haarlem).
        var fenna = await db.Set<Pathway>().Where(p => p.OrganisationId == practice.Id && p.IsFictional && p.MunicipalityCode == "GM0518")
            .OrderBy(p => p.Id).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
        var money = await db.Offers.Where(o => o.OrganisationId == wijkteam.Id).OrderBy(o => o.Id).Select(o => (int?)o.Id).FirstOrDefaultAsync(ct);
        if (fenna is null) return;

        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var meeting = new CaseMeeting
        {
            Name = MeetingName,
            Kind = MeetingKind.Mdo,
            StartsAt = TimeZoneInfo.ConvertTimeToUtc(today.AddDays(-2).ToDateTime(new TimeOnly(14, 0)), CaseMeetingService.Amsterdam),
            Place = "Voorbeeldziekenhuis Den Haag, vergaderzaal 2 (voorbeeld)",
            VideoLink = "https://video.example.org/mdo-den-haag-voorbeeld",
            OrganiserOrganisationId = practice.Id,
            CreatedByUserId = midwife.Id,
            CreatedAt = now,
            IsFictional = true,
            Participants =
            [
                new MeetingParticipant { UserId = midwife.Id, OrganisationId = practice.Id, IsOrganiser = true },
                new MeetingParticipant { UserId = worker.Id, OrganisationId = wijkteam.Id },
            ],
        };
        db.Add(meeting);
        await db.SaveChangesAsync(ct);

        var (consent, _) = await pathways.RecordConsentAsync(fenna.Value, practice.Id, byPartner: false, written: false, "nl", midwife.Id, ct);
        var named = new MeetingCase
        {
            MeetingId = meeting.Id,
            PathwayId = fenna,
            ConsentId = consent,
            QuestionEncrypted = protector.Protect(CaseFields.Question, "Hoe zorgen we dat de hulp bij geldzorgen start vóór de bevalling?"),
            DiscussionEncrypted = protector.Protect(CaseFields.Discussion, "De rekeningen blijven liggen sinds haar vriend zijn werk kwijt is. Zij wil hulp, maar weet niet waar te beginnen."),
            DecisionsEncrypted = protector.Protect(CaseFields.Decisions, "Het wijkteam start de hulp bij geldzorgen. De verloskundige vraagt in week 32 hoe het gaat."),
            AddedByUserId = midwife.Id,
            AddedAt = now,
        };
        var anonymous = new MeetingCase
        {
            MeetingId = meeting.Id,
            PregnancyWeek = 24,
            ThemesEncrypted = protector.Protect(CaseFields.Themes, "wonen, spanning thuis"),
            QuestionEncrypted = protector.Protect(CaseFields.Question, "Een zwangere vrouw woont tijdelijk bij familie en heeft geen vaste plek na de bevalling. Wie kan helpen?"),
            DiscussionEncrypted = protector.Protect(CaseFields.Discussion, "Zij heeft nog geen toestemming gegeven om op naam besproken te worden."),
            DecisionsEncrypted = protector.Protect(CaseFields.Decisions, "De verloskundige vraagt haar toestemming en bespreekt de mogelijkheden van het wijkteam met haar."),
            AddedByUserId = midwife.Id,
            AddedAt = now,
        };
        db.AddRange(named, anonymous);
        await db.SaveChangesAsync(ct);
        db.AddRange(
            new CaseAction
            {
                CaseId = named.Id,
                PathwayId = fenna,
                WhatEncrypted = protector.Protect(CaseFields.Action, "Verwijs haar naar de hulp bij geldzorgen van het wijkteam."),
                OwnerUserId = midwife.Id,
                DueDate = today.AddDays(5),
                OfferId = money,
                CreatedAt = now
            },
            new CaseAction
            {
                CaseId = named.Id,
                PathwayId = fenna,
                WhatEncrypted = protector.Protect(CaseFields.Action, "Bel haar na de verwijzing voor een eerste afspraak."),
                OwnerUserId = worker.Id,
                DueDate = today.AddDays(10),
                CreatedAt = now
            },
            new CaseAction
            {
                CaseId = anonymous.Id,
                WhatEncrypted = protector.Protect(CaseFields.Action, "Vraag haar toestemming om op naam besproken te worden."),
                OwnerUserId = midwife.Id,
                DueDate = today.AddDays(7),
                CreatedAt = now
            });
        await db.SaveChangesAsync(ct);
    }
}
