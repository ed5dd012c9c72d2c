using System.Net;
using Kansrijk.Platform.Database;
using Microsoft.Extensions.Options;

namespace Kansrijk.Platform.Settings;

/// <summary>
/// Every setting of Kansrijk is an options class, bound from configuration and validated when the app starts
/// (ValidateOnStart): a missing or invalid setting stops the app with one line that names the key.
/// docs/configuration.md lists them all with their environment-variable form and default.
/// </summary>
public sealed class KansrijkOptions
{
    public const string Section = "Kansrijk";

    /// <summary>Load demo data and demo accounts (Development only).</summary>
    public bool Demo { get; set; }

    /// <summary>Login attempts per client address per minute before 429.</summary>
    public int LoginAttemptsPerMinute { get; set; } = 30;
    /// <summary>Codes a woman may try on /vragenlijst per address in 15 minutes (against guessing codes).</summary>
    public int QuestionnaireCodeAttempts { get; set; } = 10;

    /// <summary>The public address for questions and complaints about accessibility (the accessibility statement shows it).</summary>
    public string AccessibilityContact { get; set; } = "toegankelijkheid@kansrijk.example";

    /// <summary>HTTPS port the redirect for plain HTTP points to (root key HttpsPort).</summary>
    public int HttpsPort { get; set; } = 443;
}

/// <summary>Which proxies may tell the client's address and scheme (X-Forwarded-For, X-Forwarded-Proto).</summary>
public sealed class ProxyOptions
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Addresses of proxies whose forwarded headers are believed, e.g. 10.0.0.5.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of such proxies in CIDR form, e.g. 10.0.0.0/24.</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a row are read from X-Forwarded-For (from the right).</summary>
    public int ForwardLimit { get; set; } = 1;

    public IEnumerable<IPAddress> Proxies() => KnownProxies.Select(IPAddress.Parse);

    public IEnumerable<System.Net.IPNetwork> Networks() => KnownNetworks.Select(n => System.Net.IPNetwork.Parse(n));
}

public enum KeyStore { Database, Folder }

/// <summary>Where the data-protection key ring (cookies, form tokens) lives and the key it is encrypted with.</summary>
public sealed class KeyRingOptions
{
    public const string Section = "DataProtection";

    /// <summary>Database (shared by all instances on one database) or Folder.</summary>
    public KeyStore Store { get; set; } = KeyStore.Database;

    /// <summary>The folder for Store=Folder; relative paths are under the content root.</summary>
    public string Folder { get; set; } = "data/keys";

    /// <summary>The key that encrypts the key ring at rest: 32 bytes, base64. Wins over KeyFile.</summary>
    public string? EncryptionKey { get; set; }

    /// <summary>A file holding that key (base64); made with a new key, readable by the service user only, when missing.</summary>
    public string EncryptionKeyFile { get; set; } = "data/keyring-encryption.key";

    /// <summary>Instances that share a key ring must share this name.</summary>
    public string ApplicationName { get; set; } = "Kansrijk";
}

/// <summary>OpenTelemetry: traces and metrics are exported over OTLP only when an endpoint is set.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "OpenTelemetry";

    /// <summary>OTLP endpoint, e.g. http://otel-collector:4317. Empty: nothing is exported.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>grpc or http/protobuf.</summary>
    public string OtlpProtocol { get; set; } = "grpc";

    public string ServiceName { get; set; } = "kansrijk";

    /// <summary>Collect traces and metrics even without an endpoint (tests and the benchmark).</summary>
    public bool Enabled { get; set; }
}

/// <summary>One log line per request costs throughput; off in Production unless switched on or sampled.</summary>
public sealed class RequestLogOptions
{
    public const string Section = "RequestLog";

    /// <summary>Log requests at all. Default: on in Development, off elsewhere.</summary>
    public bool? Enabled { get; set; }

    /// <summary>Share of successful requests logged at Information (0–1); errors and slow requests are always logged.</summary>
    public double SampleRate { get; set; } = 1.0;
}

public static class SettingsRegistration
{
    public static IServiceCollection AddKansrijkSettings(this IServiceCollection services)
    {
        services.AddOptions<KansrijkOptions>().BindConfiguration(KansrijkOptions.Section)
            .Configure<IConfiguration>((o, c) => o.HttpsPort = ReadInt(c, "HttpsPort") ?? o.HttpsPort)
            .Validate(o => o.LoginAttemptsPerMinute is >= 1 and <= 1_000_000, "Kansrijk:LoginAttemptsPerMinute moet tussen 1 en 1000000 liggen.")
            .Validate(o => o.QuestionnaireCodeAttempts is >= 1 and <= 1_000_000, "Kansrijk:QuestionnaireCodeAttempts moet tussen 1 en 1000000 liggen.")
            .Validate(o => o.HttpsPort is >= 1 and <= 65535, "HttpsPort moet een poortnummer zijn (1–65535).")
            .ValidateOnStart();
        services.AddOptions<DatabaseOptions>().Configure<IConfiguration>((o, c) => DatabaseOptions.Read(c, o)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<DatabaseOptions>>().Value);
        services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ProxyOptions>, ProxyOptionsValidator>();
        services.AddOptions<KeyRingOptions>().BindConfiguration(KeyRingOptions.Section)
            .Validate(o => o.EncryptionKey is null || IsKey(o.EncryptionKey),
                "DataProtection:EncryptionKey moet 32 bytes in base64 zijn (bijvoorbeeld: openssl rand -base64 32).")
            .Validate(o => o.Store != KeyStore.Folder || !string.IsNullOrWhiteSpace(o.Folder), "DataProtection:Folder ontbreekt; nodig bij DataProtection:Store=Folder.")
            .ValidateOnStart();
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.Section)
            .Validate(o => string.IsNullOrWhiteSpace(o.OtlpEndpoint) || Uri.TryCreate(o.OtlpEndpoint, UriKind.Absolute, out _),
                "OpenTelemetry:OtlpEndpoint moet een volledig adres zijn, bijvoorbeeld http://collector:4317.")
            .Validate(o => o.OtlpProtocol is "grpc" or "http/protobuf", "OpenTelemetry:OtlpProtocol moet grpc of http/protobuf zijn.")
            .ValidateOnStart();
        services.AddOptions<RequestLogOptions>().BindConfiguration(RequestLogOptions.Section)
            .Validate(o => o.SampleRate is >= 0 and <= 1, "RequestLog:SampleRate moet tussen 0 en 1 liggen.")
            .ValidateOnStart();
        services.AddOptions<OpenIdConnectSettings>().BindConfiguration(OpenIdConnectSettings.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OpenIdConnectSettings>, OpenIdConnectSettingsValidator>();
        return services;
    }

    // A bad value under a key that is bound as a number makes binding itself throw; read by hand for a clear line.
    private static int? ReadInt(IConfiguration configuration, string key) =>
        configuration[key] is { Length: > 0 } text ? int.TryParse(text, out var n) ? n : -1 : null;

    private static bool IsKey(string value)
    {
        var bytes = new byte[64];
        return Convert.TryFromBase64String(value.Trim(), bytes, out var written) && written == 32;
    }

    /// <summary>Checks every setting now and turns the first failures into one line naming the keys, or null when all is well.</summary>
    public static string? Problems(IServiceProvider services)
    {
        try
        {
            services.GetRequiredService<IStartupValidator>().Validate();
            return null;
        }
        catch (OptionsValidationException e)
        {
            return "Ongeldige instelling: " + string.Join(" ", e.Failures);
        }
        catch (AggregateException e) when (e.InnerExceptions.All(x => x is OptionsValidationException))
        {
            return "Ongeldige instelling: " + string.Join(" ", e.InnerExceptions.OfType<OptionsValidationException>().SelectMany(x => x.Failures));
        }
        catch (InvalidOperationException e) when (e.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal))
        {
            return "Ongeldige instelling: " + e.Message;
        }
    }
}

public sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        var failures = new List<string>();
        if (options.ProviderText is { } text)
        {
            failures.Add($"Database:Provider '{text}' bestaat niet; kies Sqlite of Postgres.");
        }
        else if (options.Provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add("ConnectionStrings:Kansrijk ontbreekt; die is nodig bij Database:Provider=Postgres.");
        }
        if (options.MigrateOnStartText is { } migrate)
        {
            failures.Add($"Database:MigrateOnStart '{migrate}' is geen true of false.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

public sealed class ProxyOptionsValidator : IValidateOptions<ProxyOptions>
{
    public ValidateOptionsResult Validate(string? name, ProxyOptions options)
    {
        var failures = new List<string>();
        for (var i = 0; i < options.KnownProxies.Length; i++)
        {
            if (!IPAddress.TryParse(options.KnownProxies[i], out _))
            {
                failures.Add($"ForwardedHeaders:KnownProxies:{i} '{options.KnownProxies[i]}' is geen IP-adres.");
            }
        }
        for (var i = 0; i < options.KnownNetworks.Length; i++)
        {
            if (!System.Net.IPNetwork.TryParse(options.KnownNetworks[i], out _))
            {
                failures.Add($"ForwardedHeaders:KnownNetworks:{i} '{options.KnownNetworks[i]}' is geen netwerk in CIDR-vorm (bijvoorbeeld 10.0.0.0/24).");
            }
        }
        if (options.ForwardLimit is < 1 or > 10)
        {
            failures.Add("ForwardedHeaders:ForwardLimit moet tussen 1 en 10 liggen.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

/// <summary>Authentication:OpenIdConnect, checked only when an Authority is set (docs/openid-connect.md).</summary>
public sealed class OpenIdConnectSettings
{
    public const string Section = "Authentication:OpenIdConnect";
    public string? Authority { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
    public string? DisplayName { get; set; }
    public string? Scopes { get; set; }
}

public sealed class OpenIdConnectSettingsValidator(IHostEnvironment environment) : IValidateOptions<OpenIdConnectSettings>
{
    public ValidateOptionsResult Validate(string? name, OpenIdConnectSettings options)
    {
        if (string.IsNullOrWhiteSpace(options.Authority))
        {
            return ValidateOptionsResult.Success;
        }
        var failures = new List<string>();
        if (!Uri.TryCreate(options.Authority, UriKind.Absolute, out var authority)
            || (authority.Scheme != Uri.UriSchemeHttps && !environment.IsDevelopment()))
        {
            failures.Add("Authentication:OpenIdConnect:Authority moet een https-adres zijn.");
        }
        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            failures.Add("Authentication:OpenIdConnect:ClientId ontbreekt; die is nodig als Authority is ingevuld.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
