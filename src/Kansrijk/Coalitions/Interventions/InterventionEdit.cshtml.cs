using Kansrijk.Access.Authorization;
using Kansrijk.Monitor;
using Kansrijk.Platform.Database;
using Kansrijk.Platform.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Coalitions.Interventions;

/// <summary>Administrators add and change interventions of the menukaart (id "nieuw" adds one).</summary>
[Authorize(Policy = Permissions.Names.ReferenceDataManage)]
public sealed class InterventionEditModel(KansrijkDb db) : PageModel
{
    public const string NewId = "nieuw";

    public sealed record InterventionInput(string? Name, string? Description, string? TargetGroup, string? Phase, string? Recognition, string? Link, int? Version = null);

    [BindProperty] public InterventionInput Form { get; set; } = new(null, null, null, null, null, null);
    public FormErrors Errors { get; private set; } = new();
    public bool IsNew { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] string id, CancellationToken ct)
    {
        IsNew = id == NewId;
        if (IsNew) return Page();
        var intervention = await FindAsync(id, ct);
        if (intervention is null) return NotFound();
        Form = new(intervention.Name, intervention.Description, intervention.TargetGroup, intervention.Phase?.ToString(), intervention.Recognition?.ToString(), intervention.Link, intervention.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] string id, CancellationToken ct)
    {
        IsNew = id == NewId;
        var intervention = IsNew ? null : await FindAsync(id, ct);
        if (!IsNew && intervention is null) return NotFound();

        var name = Form.Name?.Trim();
        if (string.IsNullOrEmpty(name)) Errors.Add("Name", "Vul de naam van de interventie in.");
        else if (await db.Interventions.AnyAsync(i => i.Name == name && i.Id != (intervention == null ? 0 : intervention.Id), ct)) Errors.Add("Name", "Er is al een interventie met deze naam.");
        Phase? phase = string.IsNullOrEmpty(Form.Phase) ? null : Enum.TryParse<Phase>(Form.Phase, out var p) ? p : null;
        if (!string.IsNullOrEmpty(Form.Phase) && phase is null) Errors.Add("Phase", "Kies een fase uit de lijst.");
        Recognition? recognition = string.IsNullOrEmpty(Form.Recognition) ? null : Enum.TryParse<Recognition>(Form.Recognition, out var r) ? r : null;
        if (!string.IsNullOrEmpty(Form.Recognition) && recognition is null) Errors.Add("Recognition", "Kies een erkenning uit de lijst.");
        var link = Form.Link?.Trim();
        if (!string.IsNullOrEmpty(link) && !(Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
        {
            Errors.Add("Link", "Vul een volledig webadres in dat begint met https://.");
        }
        if (Errors.Any) return Page();

        intervention ??= db.Interventions.Add(new Intervention { Name = name! }).Entity;
        intervention.Name = name!;
        intervention.Description = Clean(Form.Description);
        intervention.TargetGroup = Clean(Form.TargetGroup);
        intervention.Phase = phase;
        intervention.Recognition = recognition;
        intervention.Link = Clean(link);
        if (!IsNew && Form.Version is { } seen) db.ExpectVersion(intervention, seen);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone else saved first: nothing of hers is written, her input stays in the form.
            db.ChangeTracker.Clear();
            var number = intervention.Id;
            Errors.Add("Name", await db.ConflictFromLogAsync(nameof(Intervention), number.ToString(System.Globalization.CultureInfo.InvariantCulture), ct));
            Errors.Conflict = true;
            Form = Form with { Version = await db.Interventions.Where(i => i.Id == number).Select(i => i.Version).SingleAsync(ct) };
            return Page();
        }
        return Redirect("/coalities/interventies");
    }

    private async Task<Intervention?> FindAsync(string id, CancellationToken ct) =>
        int.TryParse(id, out var number) ? await db.Interventions.FirstOrDefaultAsync(i => i.Id == number, ct) : null;

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
