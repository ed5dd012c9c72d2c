using Kansrijk.Access.AccessLog;
using Kansrijk.Platform.Database;
using Kansrijk.Platform.Layout;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kansrijk.Access.Administration;

public sealed class NewUserForm : RoleForm
{
    public string? DisplayName { get; set; }
    public string? Email { get; set; }
    public string? Password { get; set; }
}

public sealed class UserNewModel(KansrijkDb db, UserManager<User> users, AccessLogWriter log, TimeProvider clock) : PageModel
{
    [BindProperty] public NewUserForm Form { get; set; } = new();
    public FormErrors Errors { get; private set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var validator = new RoleFormValidator<NewUserForm>(db);
        var result = await validator.ValidateAsync(Form, cancellationToken);
        Errors = FormErrors.From(result);
        if (string.IsNullOrWhiteSpace(Form.DisplayName)) Errors.Add("DisplayName", "Vul de naam in.");
        if (string.IsNullOrWhiteSpace(Form.Email)) Errors.Add("Email", "Vul het e-mailadres in.");
        if (string.IsNullOrEmpty(Form.Password)) Errors.Add("Password", "Vul een eerste wachtwoord in.");
        if (Errors.Any)
        {
            return Page();
        }

        var user = new User
        {
            UserName = Form.Email!.Trim(),
            Email = Form.Email.Trim(),
            EmailConfirmed = true,
            DisplayName = Form.DisplayName!.Trim(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, Form.Password!);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                Errors.Add(error.Code.StartsWith("Password") ? "Password" : "Email", error.Description);
            }
            return Page();
        }
        db.RoleAssignments.Add(new RoleAssignment
        {
            UserId = user.Id,
            Role = Form.ParsedRole(),
            ScopeType = Form.ParsedScopeType(),
            ScopeId = Form.NormalisedScopeId(),
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await log.RecordAsync(new AccessEvent(AccessAction.Create, "Gebruiker", user.Id,
            Details: $"Rol {RoleNames.Dutch(Form.ParsedRole())} {Form.NormalisedScopeId()}".Trim()), cancellationToken);
        return Redirect($"/beheer/gebruikers/{user.Id}");
    }
}
