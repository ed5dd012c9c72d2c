using Kansrijk.Access.AccessLog;
using Kansrijk.Access.Authorization;
using Kansrijk.Access.Passwords;
using Kansrijk.Access.Secrets;
using Kansrijk.Access.Sessions;
using Kansrijk.Platform.Database;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Kansrijk.Access;

public static class Policies
{
    public const string MfaClaimType = "amr";
    public const string MfaClaimValue = "mfa";
}

public static class AccessRegistration
{
    public const string OidcScheme = "oidc";

    public static IServiceCollection AddKansrijkAccess(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentityCore<User>(o =>
            {
                o.User.RequireUniqueEmail = true;
                // NIST SP 800-63B: length and a list of common passwords, no character-class rules.
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddSignInManager<KansrijkSignInManager>()
            .AddEntityFrameworkStores<KansrijkDb>()
            .AddUserStore<KansrijkUserStore>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<SingleUseAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider)
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddErrorDescriber<DutchIdentityErrors>()
            .AddClaimsPrincipalFactory<KansrijkClaimsFactory>();

        var authentication = services.AddAuthentication(IdentityConstants.ApplicationScheme);
        authentication.AddIdentityCookies(cookies =>
        {
            cookies.ApplicationCookie?.Configure(o =>
            {
                o.LoginPath = "/inloggen";
                o.LogoutPath = "/uitloggen";
                o.AccessDeniedPath = "/geen-toegang";
                o.Cookie.Name = "kansrijk.sessie";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                // API callers get a status code, not a redirect to the login page.
                o.Events.OnRedirectToLogin = ctx => RedirectOrStatus(ctx.HttpContext, ctx.RedirectUri, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = ctx => RedirectOrStatus(ctx.HttpContext, ctx.RedirectUri, StatusCodes.Status403Forbidden);
                // Every request checks its server-side session (docs/decisions/0008-server-side-sessions.md).
                o.Events.OnValidatePrincipal = SessionValidator.ValidateAsync;
            });
        });
        AddOpenIdConnectWhenConfigured(authentication, configuration);

        services.AddKansrijkAuthorization();
        services.AddKansrijkAccessLog(configuration);
        return services;
    }

    private static Task RedirectOrStatus(HttpContext context, string redirectUri, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(redirectUri);
        }
        return Task.CompletedTask;
    }

    /// <summary>
    /// OpenID Connect (e.g. Keycloak brokering DigiD or eHerkenning) is off unless
    /// Authentication:OpenIdConnect:Authority is set. See docs/openid-connect.md.
    /// </summary>
    private static void AddOpenIdConnectWhenConfigured(AuthenticationBuilder authentication, IConfiguration configuration)
    {
        var section = configuration.GetSection("Authentication:OpenIdConnect");
        if (string.IsNullOrWhiteSpace(section["Authority"]))
        {
            return;
        }
        authentication.AddOpenIdConnect(OidcScheme, section["DisplayName"] ?? "Inloggen via uw organisatie", o =>
        {
            o.SignInScheme = IdentityConstants.ExternalScheme;
            o.Authority = section["Authority"];
            o.ClientId = section["ClientId"];
            o.ClientSecret = section["ClientSecret"];
            o.ResponseType = "code";
            o.UsePkce = true;
            o.SaveTokens = false;
            o.GetClaimsFromUserInfoEndpoint = true;
            o.CallbackPath = "/signin-oidc";
            o.Scope.Clear();
            foreach (var scope in (section["Scopes"] ?? "openid profile email").Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                o.Scope.Add(scope);
            }
        });
    }
}
