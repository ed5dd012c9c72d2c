using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kansrijk.Access.Login;

public sealed class AccessDeniedModel : PageModel
{
    public bool AdministratorWithoutSecondFactor =>
        User.IsInRole(RoleNames.Administrator) && !User.HasClaim(Policies.MfaClaimType, Policies.MfaClaimValue);

    public void OnGet()
    {
    }
}
