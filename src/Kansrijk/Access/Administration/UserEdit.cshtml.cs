using Kansrijk.Access.AccessLog;
using Kansrijk.Access.Sessions;
using Kansrijk.Platform.Database;
using Kansrijk.Platform.Layout;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Access.Administration;

public sealed class UserEditModel(KansrijkDb db, UserManager<User> users, SignInManager<User> signInManager, AccessLogWriter log, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Id { get; set; } = "";
    [BindProperty] public RoleForm Form { get; set; } = new();
    /// <summary>The account as the administrator saw it (roles, on/off, password, two steps); an action on an account that changed meanwhile is refused.</summary>
    [BindProperty] public string? Seen { get; set; }
    public User Account { get; private set; } = null!;
    public FormErrors Errors { get; private set; } = new();
    public string? Message { get; private set; }
    public DateTimeOffset Now => clock.GetUtcNow();
    private KansrijkSignInManager Sessions => (KansrijkSignInManager)signInManager;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        await log.RecordAsync(new AccessEvent(AccessAction.Read, "Gebruiker", Id), ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAddRoleAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (await ChangedMeanwhileAsync(ct)) return Page();
        Errors = FormErrors.From(await new RoleFormValidator<RoleForm>(db).ValidateAsync(Form, ct));
        if (!Errors.Any && Account.Roles.Any(r => r.Role == Form.ParsedRole() && r.ScopeType == Form.ParsedScopeType() && r.ScopeId == Form.NormalisedScopeId()))
        {
            Errors.Add("Role", "Deze gebruiker heeft deze rol al.");
        }
        if (Errors.Any) return Page();

        db.RoleAssignments.Add(new RoleAssignment { UserId = Id, Role = Form.ParsedRole(), ScopeType = Form.ParsedScopeType(), ScopeId = Form.NormalisedScopeId() });
        await db.SaveChangesAsync(ct);
        await users.UpdateSecurityStampAsync(Account);
        await log.RecordAsync(new AccessEvent(AccessAction.Update, "Gebruiker", Id, Details: $"Rol toegevoegd: {RoleNames.Dutch(Form.ParsedRole())} {Form.NormalisedScopeId()}".Trim()), ct);
        return await DoneAsync("De rol is toegevoegd.", ct);
    }

    public async Task<IActionResult> OnPostRemoveRoleAsync(int roleId, CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (await ChangedMeanwhileAsync(ct)) return Page();
        var role = Account.Roles.FirstOrDefault(r => r.Id == roleId);
        if (role is null) return NotFound();
        db.RoleAssignments.Remove(role);
        await db.SaveChangesAsync(ct);
        await users.UpdateSecurityStampAsync(Account);
        await log.RecordAsync(new AccessEvent(AccessAction.Update, "Gebruiker", Id, Details: $"Rol verwijderd: {RoleNames.Dutch(role.Role)} {role.ScopeId}".Trim()), ct);
        return await DoneAsync("De rol is verwijderd.", ct);
    }

    public async Task<IActionResult> OnPostUnlockAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (await ChangedMeanwhileAsync(ct)) return Page();
        await users.SetLockoutEndDateAsync(Account, null);
        await users.ResetAccessFailedCountAsync(Account);
        await log.RecordAsync(new AccessEvent(AccessAction.Update, "Gebruiker", Id, Details: "Blokkade opgeheven"), ct);
        return await DoneAsync("De blokkade is opgeheven.", ct);
    }

    public async Task<IActionResult> OnPostResetTwoFactorAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (await ChangedMeanwhileAsync(ct)) return Page();
        await users.SetTwoFactorEnabledAsync(Account, false);
        await users.ResetAuthenticatorKeyAsync(Account);
        await log.RecordAsync(new AccessEvent(AccessAction.Update, "Gebruiker", Id, Details: "Tweestapsverificatie teruggezet"), ct);
        return await DoneAsync("De gebruiker stelt tweestapsverificatie opnieuw in bij de volgende keer inloggen.", ct);
    }

    public async Task<IActionResult> OnPostDisableAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (await ChangedMeanwhileAsync(ct)) return Page();
        if (Account.Id == User.UserId())
        {
            Message = "U kunt uw eigen account niet uitzetten. Vraag een andere beheerder.";
            return Page();
        }
        Account.IsDisabled = true;
        await users.UpdateAsync(Account);
        await Sessions.EndAllSessionsAsync(Account.Id);
        await log.RecordAsync(new AccessEvent(AccessAction.Update, "Gebruiker", Id, Details: "Account uitgezet"), ct);
        return await DoneAsync("Het account staat uit. De gebruiker is overal uitgelogd en kan niet meer inloggen.", ct);
    }

    public async Task<IActionResult> OnPostEnableAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (await ChangedMeanwhileAsync(ct)) return Page();
        Account.IsDisabled = false;
        await users.UpdateAsync(Account);
        await log.RecordAsync(new AccessEvent(AccessAction.Update, "Gebruiker", Id, Details: "Account weer aangezet"), ct);
        return await DoneAsync("Het account staat weer aan. De gebruiker kan weer inloggen.", ct);
    }

    public async Task<IActionResult> OnPostForcePasswordResetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (await ChangedMeanwhileAsync(ct)) return Page();
        Account.MustChangePassword = true;
        await users.UpdateAsync(Account);
        await Sessions.EndAllSessionsAsync(Account.Id);
        await log.RecordAsync(new AccessEvent(AccessAction.Update, "Gebruiker", Id, Details: "Nieuw wachtwoord verplicht gesteld"), ct);
        return await DoneAsync("De gebruiker is overal uitgelogd en moet bij de volgende keer inloggen eerst een nieuw wachtwoord kiezen.", ct);
    }

    /// <summary>What the page shows of the account that an administrator changes here.</summary>
    public string State => string.Join(";", [.. Account.Roles.Select(r => r.Id).Order().Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Account.IsDisabled ? "uit" : "aan", Account.MustChangePassword ? "ww" : "", Account.TwoFactorEnabled ? "2fa" : "", UsersModel.IsLocked(Account, Now) ? "blok" : ""]);

    /// <summary>Another administrator changed the account after this page was opened: say so and do nothing.</summary>
    private async Task<bool> ChangedMeanwhileAsync(CancellationToken ct)
    {
        if (Seen is null || Seen == State) return false;
        Errors.Add("Role", await db.ConflictFromLogAsync("Gebruiker", Id, ct));
        Errors.Conflict = true;
        return true;
    }

    private async Task<IActionResult> DoneAsync(string message, CancellationToken ct)
    {
        Message = message;
        Form = new RoleForm();
        db.ChangeTracker.Clear();
        await LoadAsync(ct);
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var account = await db.Users.Include(u => u.Roles).FirstOrDefaultAsync(u => u.Id == Id, ct);
        if (account is null) return false;
        Account = account;
        return true;
    }
}
