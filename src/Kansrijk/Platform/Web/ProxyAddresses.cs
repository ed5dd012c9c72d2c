using Kansrijk.Platform.Settings;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Kansrijk.Platform.Web;

/// <summary>
/// X-Forwarded-For and X-Forwarded-Proto are believed only from the proxies and networks in ForwardedHeaders
/// (configuration); from anyone else they are ignored. The client address they give is the one the login rate
/// limit, the access log and the request log use (Connection.RemoteIpAddress after this middleware).
/// </summary>
public static class ProxyAddresses
{
    public static IServiceCollection AddKansrijkProxyAddresses(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((o, proxies) =>
        {
            // With no proxy configured the middleware would believe everyone (an empty list means "any"): then read nothing.
            var configured = proxies.Value.KnownProxies.Length + proxies.Value.KnownNetworks.Length > 0;
            o.ForwardedHeaders = configured ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto : ForwardedHeaders.None;
            o.ForwardLimit = proxies.Value.ForwardLimit;
            // The framework trusts loopback by default; here only what is configured counts.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
#pragma warning disable ASPDEPR005 // the old list is still read by the middleware: empty it too
            o.KnownNetworks.Clear();
#pragma warning restore ASPDEPR005
            foreach (var proxy in proxies.Value.Proxies())
            {
                o.KnownProxies.Add(proxy);
            }
            foreach (var network in proxies.Value.Networks())
            {
                o.KnownIPNetworks.Add(network);
            }
        });
        return services;
    }
}
