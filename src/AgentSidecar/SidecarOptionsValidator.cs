using System.Net;
using Microsoft.Extensions.Options;

namespace Autoscaler.AgentSidecar;

/// <summary>Checks <see cref="SidecarOptions"/>, reporting every problem with its key.</summary>
internal sealed class SidecarOptionsValidator : IValidateOptions<SidecarOptions>
{
    public ValidateOptionsResult Validate(string? name, SidecarOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!IsLoopbackHttp(options.Url))
        {
            failures.Add($"{SidecarOptions.SectionName}:{nameof(options.Url)} must be an http:// address on 127.0.0.1, [::1] or localhost, was {options.Url}.");
        }

        if (options.CommandBuffer is < 1 or > 100_000)
        {
            failures.Add($"{SidecarOptions.SectionName}:{nameof(options.CommandBuffer)} must be between 1 and 100000, was {options.CommandBuffer}.");
        }

        if (options.MaxWait <= TimeSpan.Zero || options.MaxWait > TimeSpan.FromMinutes(10))
        {
            failures.Add($"{SidecarOptions.SectionName}:{nameof(options.MaxWait)} must be more than zero and at most 10 minutes, was {options.MaxWait}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>The sidecar has no authentication: it must never listen beyond this machine.</summary>
    public static bool IsLoopbackHttp(Uri? url) =>
        url is { IsAbsoluteUri: true, Scheme: "http" }
        && (url.IsLoopback || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip)));
}
