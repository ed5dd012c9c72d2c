using System.Globalization;
using Kansrijk.Access.Authorization;
using Kansrijk.Geography;
using Kansrijk.Platform.Database;
using Kansrijk.Platform.Layout;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Coalitions;

/// <summary>The core facts of a coalition as typed into the form; strings so that what was typed comes back on an error.</summary>
public sealed class CoalitionForm
{
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public string? Municipalities { get; set; }
    public string? Status { get; set; }
    public string? StatusSince { get; set; }
    public string? Plan { get; set; }
    public string? PlanAdoptedOn { get; set; }
    public string? Coordinators { get; set; }
    public string? MeetingRhythm { get; set; }
    /// <summary>The version the user saw, so a save over someone else's change is refused.</summary>
    public int Version { get; set; }

    public static CoalitionForm From(Coalition c) => new()
    {
        Name = c.Name,
        Kind = c.Kind.ToString(),
        Municipalities = MunicipalityDirectory.Names(c.Municipalities.Select(m => m.MunicipalityCode)),
        Status = c.Status.ToString(),
        StatusSince = c.StatusSince?.ToString(CultureInfo.InvariantCulture),
        Plan = c.Plan?.ToString() ?? "",
        PlanAdoptedOn = c.PlanAdoptedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Coordinators = c.Coordinators,
        MeetingRhythm = c.MeetingRhythm,
        Version = c.Version,
    };

    /// <summary>The codes of the municipalities typed by name (or CBS code); an unknown name comes back as typed.</summary>
    public IReadOnlyList<string> MunicipalityCodes() => MunicipalityDirectory.Codes(Municipalities);
}

/// <summary>The registry rules for a coalition's core facts, with a Dutch message at each field.</summary>
public sealed class CoalitionFormRules(KansrijkDb db, Authorizer authorizer)
{
    public async Task<FormErrors> CheckAsync(CoalitionForm form, Coalition? existing, CancellationToken ct)
    {
        var errors = new FormErrors();
        if (string.IsNullOrWhiteSpace(form.Name)) errors.Add("Name", "Vul de naam van de coalitie in.");
        if (!Enum.TryParse<CoalitionKind>(form.Kind, out var kind)) errors.Add("Kind", "Kies lokaal of regionaal.");
        if (!Enum.TryParse<CoalitionStatus>(form.Status, out var status)) errors.Add("Status", "Kies de status.");
        int? since = null;
        if (!string.IsNullOrWhiteSpace(form.StatusSince))
        {
            if (int.TryParse(form.StatusSince, out var y) && y is >= 2000 and <= 2100) since = y;
            else errors.Add("StatusSince", "Vul een jaar in van vier cijfers, bijvoorbeeld 2019.");
        }
        PlanStatus? plan = string.IsNullOrEmpty(form.Plan) ? null : Enum.TryParse<PlanStatus>(form.Plan, out var p) ? p : null;
        if (!string.IsNullOrWhiteSpace(form.PlanAdoptedOn))
        {
            if (!DateOnly.TryParseExact(form.PlanAdoptedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var adopted))
                errors.Add("PlanAdoptedOn", "Vul een bestaande datum in: dag, maand en jaar in cijfers, bijvoorbeeld 15 3 2022.");
            else if (plan != PlanStatus.Adopted)
                errors.Add("PlanAdoptedOn", "Een datum van vaststelling hoort alleen bij een vastgesteld plan van aanpak.");
            else if (since is not null && adopted.Year < since)
                errors.Add("PlanAdoptedOn", $"Het plan is vastgesteld vóór {since}, het jaar waarin de coalitie deze status kreeg. Controleer de datums.");
        }

        var coalitionId = existing?.Id;
        var codes = form.MunicipalityCodes();
        if (codes.Count == 0)
        {
            errors.Add("Municipalities", "Vul minstens één gemeente in, bijvoorbeeld Haarlem.");
            return errors;
        }
        var known = await db.Areas.Where(a => codes.Contains(a.Code) && a.Type == AreaType.Municipality).Select(a => a.Code).ToListAsync(ct);
        var unknown = codes.Except(known).ToList();
        if (unknown.Count > 0)
        {
            errors.Add("Municipalities", MunicipalityDirectory.Unknown(unknown));
        }
        else if (kind == CoalitionKind.Local && codes.Count != 1)
        {
            errors.Add("Municipalities", "Een lokale coalitie hoort bij één gemeente. Kies 'regionaal' voor meer gemeenten.");
        }
        else if (kind == CoalitionKind.Local && status != CoalitionStatus.Stopped)
        {
            var taken = await db.Coalitions.AsNoTracking()
                .Where(c => c.Id != coalitionId && c.Kind == CoalitionKind.Local && c.Status != CoalitionStatus.Stopped)
                .Where(c => c.Municipalities.Any(m => codes.Contains(m.MunicipalityCode)))
                .Select(c => c.Name).FirstOrDefaultAsync(ct);
            if (taken is not null)
            {
                errors.Add("Municipalities", $"Deze gemeente heeft al een lokale coalitie: {taken}. Een gemeente zit in één lokale coalitie tegelijk.");
            }
        }
        if (errors.Any) return errors;
        if (existing is null)
        {
            if (!await authorizer.AllowsAsync(Permissions.CoalitionCreate, ScopedResource.Of("Coalitie", null, codes), ct))
                errors.Add("Municipalities", $"U mag alleen een coalitie aanmaken voor gemeenten waarvoor u coördinator bent. {await OutsideAsync(codes, ct)}");
        }
        else
        {
            var before = existing.Municipalities.Select(m => m.MunicipalityCode).ToList();
            if (!await authorizer.AllowsScopeChangeAsync(Permissions.CoalitionMunicipalitiesChange, "Coalitie", existing.Id.ToString(CultureInfo.InvariantCulture), before, codes, ct))
                errors.Add("Municipalities", "U mag alleen gemeenten toevoegen of weghalen waarvoor u zelf coördinator bent. "
                    + $"{await OutsideAsync(codes.Except(before).Concat(before.Except(codes)), ct)} Vraag de beheerder om de coalitie groter of kleiner te maken.");
        }
        return errors;
    }

    private async Task<string> OutsideAsync(IEnumerable<string> codes, CancellationToken ct)
    {
        var scope = await authorizer.ScopeAsync(ct);
        var outside = codes.Where(c => !scope.Covers(c)).Distinct().ToList();
        return outside.Count == 0 ? "" : $"Niet uw gemeente: {string.Join(", ", outside.Select(MunicipalityDirectory.NameOf))}.";
    }

    /// <summary>Copies the checked form onto the coalition and says what changed.</summary>
    public static string Apply(CoalitionForm form, Coalition c)
    {
        var before = CoalitionForm.From(c);
        c.Name = form.Name!.Trim();
        c.Kind = Enum.Parse<CoalitionKind>(form.Kind!);
        c.Status = Enum.Parse<CoalitionStatus>(form.Status!);
        c.StatusSince = string.IsNullOrWhiteSpace(form.StatusSince) ? null : int.Parse(form.StatusSince, CultureInfo.InvariantCulture);
        c.Plan = string.IsNullOrEmpty(form.Plan) ? null : Enum.Parse<PlanStatus>(form.Plan);
        c.PlanAdoptedOn = string.IsNullOrWhiteSpace(form.PlanAdoptedOn) ? null : DateOnly.ParseExact(form.PlanAdoptedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        c.Coordinators = string.IsNullOrWhiteSpace(form.Coordinators) ? null : form.Coordinators.Trim();
        c.MeetingRhythm = string.IsNullOrWhiteSpace(form.MeetingRhythm) ? null : form.MeetingRhythm.Trim();
        var codes = form.MunicipalityCodes();
        c.Municipalities.RemoveAll(m => !codes.Contains(m.MunicipalityCode));
        c.Municipalities.AddRange(codes.Where(code => c.Municipalities.All(m => m.MunicipalityCode != code)).Select(code => new CoalitionMunicipality { MunicipalityCode = code }));
        var after = CoalitionForm.From(c);
        var changes = new List<string>();
        void Compare(string label, string? a, string? b) { if (a != b) changes.Add($"{label}: '{a}' → '{b}'"); }
        Compare("Naam", before.Name, after.Name);
        Compare("Soort", before.Kind, after.Kind);
        Compare("Gemeenten", before.Municipalities, after.Municipalities);
        Compare("Status", before.Status, after.Status);
        Compare("Status sinds", before.StatusSince, after.StatusSince);
        Compare("Plan van aanpak", before.Plan, after.Plan);
        Compare("Vastgesteld op", before.PlanAdoptedOn, after.PlanAdoptedOn);
        Compare("Coördinatoren", before.Coordinators, after.Coordinators);
        Compare("Overleg", before.MeetingRhythm, after.MeetingRhythm);
        return string.Join("; ", changes);
    }
}
