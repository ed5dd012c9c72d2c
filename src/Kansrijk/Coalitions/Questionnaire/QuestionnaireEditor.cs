using Kansrijk.Platform.Database;
using Kansrijk.Platform.Layout;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Coalitions.Questionnaire;

/// <summary>The questionnaire as typed into the form, so that it comes back unchanged after an error.</summary>
public sealed class QuestionnaireInput
{
    public string? Coalition { get; set; }
    public bool JointPlan { get; set; }
    public bool PrenatalHomeVisit { get; set; }
    public bool VoorZorg { get; set; }
    public bool NuNietZwanger { get; set; }
    public bool StevigOuderschap { get; set; }
    public bool CenteringZwangerschap { get; set; }
    public List<string> ConsultedPartners { get; set; } = [];

    /// <summary>The version of the saved answers the form showed; <see cref="NothingSaved"/> when it showed the proposal; absent (a post without the form's field) checks nothing.</summary>
    public int? Version { get; set; }

    public const int NothingSaved = -1;

    public static QuestionnaireInput From(YearlyQuestionnaire q) => new()
    {
        Version = q.Version,
        Coalition = q.Coalition.ToString(),
        JointPlan = q.JointPlan,
        PrenatalHomeVisit = q.PrenatalHomeVisit,
        VoorZorg = q.VoorZorg,
        NuNietZwanger = q.NuNietZwanger,
        StevigOuderschap = q.StevigOuderschap,
        CenteringZwangerschap = q.CenteringZwangerschap,
        ConsultedPartners = [.. q.ConsultedPartnerTypes().Select(t => t.ToString())],
    };
}

/// <summary>
/// Reads a municipality's yearly questionnaire (or the registry's proposal when there is none yet), and saves or
/// confirms it together with the programme indicators and a line in the history of its coalitions, in one transaction.
/// </summary>
public sealed class QuestionnaireEditor(KansrijkDb db, ProgrammeIndicators indicators, TimeProvider clock)
{
    public const int FirstYear = 2018;

    public bool IsValidYear(int year) => year >= FirstYear && year <= clock.GetUtcNow().Year;

    public async Task<IReadOnlyList<Coalition>> CoalitionsOfAsync(string municipalityCode, CancellationToken ct) =>
        await db.Coalitions.AsNoTracking().Include(c => c.Municipalities).Include(c => c.Partners).AsSplitQuery()
            .Where(c => c.Municipalities.Any(m => m.MunicipalityCode == municipalityCode)).OrderBy(c => c.Name).ToListAsync(ct);

    public async Task<YearlyQuestionnaire?> FindAsync(string municipalityCode, int year, CancellationToken ct) =>
        await db.YearlyQuestionnaires.AsNoTracking().FirstOrDefaultAsync(q => q.MunicipalityCode == municipalityCode && q.Year == year, ct);

    /// <summary>What the registry says for this municipality and year: the starting point before anyone answers.</summary>
    public async Task<QuestionnaireInput> ProposalAsync(string municipalityCode, int year, CancellationToken ct)
    {
        var coalitions = await CoalitionsOfAsync(municipalityCode, ct);
        var ids = coalitions.Select(c => c.Id).ToList();
        var interventions = await db.Activities.AsNoTracking()
            .Where(a => ids.Contains(a.CoalitionId) && a.Year == year && a.InterventionId != null
                && (a.Status == ActivityStatus.Running || a.Status == ActivityStatus.Completed))
            .Join(db.Interventions, a => a.InterventionId, i => i.Id, (a, i) => i.Name)
            .Distinct().ToListAsync(ct);
        var formed = coalitions.Any(c => c.Status == CoalitionStatus.Formed && (c.StatusSince is null || c.StatusSince <= year));
        var preparing = coalitions.Any(c => c.Status is CoalitionStatus.Exploring or CoalitionStatus.Preparing
            || (c.Status == CoalitionStatus.Formed && c.StatusSince > year));
        return new QuestionnaireInput
        {
            Coalition = (formed ? CoalitionAnswer.Yes : preparing ? CoalitionAnswer.Preparing : CoalitionAnswer.No).ToString(),
            JointPlan = coalitions.Any(c => c.Plan == PlanStatus.Adopted && (c.PlanAdoptedOn is null || c.PlanAdoptedOn.Value.Year <= year)),
            PrenatalHomeVisit = interventions.Contains("Prenataal huisbezoek JGZ"),
            VoorZorg = interventions.Contains("VoorZorg"),
            NuNietZwanger = interventions.Contains("Nu Niet Zwanger"),
            StevigOuderschap = interventions.Contains("Stevig Ouderschap"),
            CenteringZwangerschap = interventions.Contains("CenteringZwangerschap"),
            ConsultedPartners = [.. coalitions.SelectMany(c => c.Partners).Where(p => p.TakesPartIn(year)).Select(p => p.Type).Distinct().Order().Select(t => t.ToString())],
        };
    }

    /// <summary>Saves the answers; with <paramref name="confirm"/> they are confirmed today and count for L01–L05, without they are a draft that does not.</summary>
    public async Task<FormErrors> SaveAsync(string municipalityCode, int year, QuestionnaireInput input, bool confirm, string who, CancellationToken ct)
    {
        var errors = new FormErrors();
        if (!Enum.TryParse<CoalitionAnswer>(input.Coalition, out var coalition)) errors.Add("Coalition", "Kies of de gemeente een coalitie heeft.");
        var partners = input.ConsultedPartners.Select(p => Enum.TryParse<PartnerType>(p, out var t) ? t : (PartnerType?)null).ToList();
        if (partners.Any(p => p is null)) errors.Add("ConsultedPartners", "Kies alleen soorten partners uit de lijst.");
        if (errors.Any) return errors;

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var questionnaire = await db.YearlyQuestionnaires.FirstOrDefaultAsync(q => q.MunicipalityCode == municipalityCode && q.Year == year, ct);
        if (questionnaire is not null && input.Version == QuestionnaireInput.NothingSaved)
        {
            // She started from the proposal, but someone else saved answers meanwhile.
            return Conflict(questionnaire, errors);
        }
        if (questionnaire is not null && input.Version is { } seen)
        {
            db.ExpectVersion(questionnaire, seen);
        }
        if (questionnaire is null)
        {
            questionnaire = new YearlyQuestionnaire { MunicipalityCode = municipalityCode, Year = year, UpdatedBy = who };
            db.YearlyQuestionnaires.Add(questionnaire);
        }
        questionnaire.Coalition = coalition;
        questionnaire.JointPlan = input.JointPlan;
        questionnaire.PrenatalHomeVisit = input.PrenatalHomeVisit;
        questionnaire.VoorZorg = input.VoorZorg;
        questionnaire.NuNietZwanger = input.NuNietZwanger;
        questionnaire.StevigOuderschap = input.StevigOuderschap;
        questionnaire.CenteringZwangerschap = input.CenteringZwangerschap;
        questionnaire.ConsultedPartners = string.Join(',', partners.OfType<PartnerType>().Distinct().Order());
        questionnaire.ConfirmedOn = confirm ? DateOnly.FromDateTime(now.UtcDateTime) : null;
        questionnaire.ConfirmedBy = confirm ? who : null;
        questionnaire.UpdatedAt = now.UtcDateTime;
        questionnaire.UpdatedBy = who;

        var name = await db.Areas.Where(a => a.Code == municipalityCode).Select(a => a.Name).FirstAsync(ct);
        var what = $"Vragenlijst {name} {year} {(confirm ? "bevestigd" : "opgeslagen als concept")}: {QuestionnaireNames.Summary(questionnaire)}";
        foreach (var coalitionId in await db.Coalitions.Where(c => c.Municipalities.Any(m => m.MunicipalityCode == municipalityCode)).Select(c => c.Id).ToListAsync(ct))
        {
            db.CoalitionChanges.Add(new CoalitionChange { CoalitionId = coalitionId, ChangedAt = now.UtcDateTime, ChangedBy = who, What = what });
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || input.Version == QuestionnaireInput.NothingSaved)
        {
            // A changed version, or a second first save of the same municipality and year (the unique index refuses it).
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            var saved = await db.YearlyQuestionnaires.AsNoTracking().FirstOrDefaultAsync(q => q.MunicipalityCode == municipalityCode && q.Year == year, ct);
            if (saved is null) throw;
            return Conflict(saved, errors);
        }
        await indicators.UpdateAsync(municipalityCode, year, who, ct);
        await transaction.CommitAsync(ct);
        return errors;
    }

    private static FormErrors Conflict(YearlyQuestionnaire saved, FormErrors errors)
    {
        errors.Add("Coalition", Versions.Conflict(saved.UpdatedBy, saved.UpdatedAt) + $" Nu opgeslagen: {QuestionnaireNames.Summary(saved)}.");
        errors.Conflict = true;
        return errors;
    }

    /// <summary>Marks or unmarks a centrumgemeente and recomputes L03 for every year it answered.</summary>
    public async Task SetCentralAsync(string municipalityCode, bool central, string who, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var existing = await db.CentralMunicipalities.FirstOrDefaultAsync(c => c.MunicipalityCode == municipalityCode, ct);
        if (central == existing is not null)
        {
            return;
        }
        if (central)
        {
            db.CentralMunicipalities.Add(new CentralMunicipality { MunicipalityCode = municipalityCode, MarkedAt = clock.GetUtcNow().UtcDateTime, MarkedBy = who });
        }
        else
        {
            db.CentralMunicipalities.Remove(existing!);
        }
        await db.SaveChangesAsync(ct);
        foreach (var year in await db.YearlyQuestionnaires.Where(q => q.MunicipalityCode == municipalityCode).Select(q => q.Year).ToListAsync(ct))
        {
            await indicators.UpdateAsync(municipalityCode, year, who, ct);
        }
        await transaction.CommitAsync(ct);
    }
}
