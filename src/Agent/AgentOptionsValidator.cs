using Microsoft.Extensions.Options;

namespace Autoscaler.Agent;

/// <summary>Checks <see cref="AgentOptions"/> and reports every problem at once, each naming its key.</summary>
internal sealed class AgentOptionsValidator : IValidateOptions<AgentOptions>
{
    public ValidateOptionsResult Validate(string? name, AgentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.ControllerAddress is not { IsAbsoluteUri: true } address || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add($"{nameof(AgentOptions.ControllerAddress)} must be an absolute http:// or https:// address.");
        }

        if (!AgentLimits.IsServerId(options.ServerId))
        {
            failures.Add($"{nameof(AgentOptions.ServerId)} must be 1-{AgentLimits.MaxServerIdLength} chars of [A-Za-z0-9._:-].");
        }

        if (!AgentLimits.IsFleet(options.Fleet))
        {
            failures.Add($"{nameof(AgentOptions.Fleet)} must be 1-{AgentLimits.MaxFleetLength} chars of [a-z0-9-].");
        }

        if (string.IsNullOrEmpty(options.Token) || options.Token.Length > AgentLimits.MaxTokenLength)
        {
            failures.Add($"{nameof(AgentOptions.Token)} must be 1-{AgentLimits.MaxTokenLength} chars.");
        }

        if (options.Capacity < 1 || options.Capacity > AgentLimits.MaxCapacity)
        {
            failures.Add($"{nameof(AgentOptions.Capacity)} must be between 1 and {AgentLimits.MaxCapacity}, was {options.Capacity}.");
        }

        if (options.CaCertificatePath is { } path && !File.Exists(path))
        {
            failures.Add($"{nameof(AgentOptions.CaCertificatePath)} names a file that does not exist: {path}.");
        }

        Positive(failures, nameof(AgentOptions.HeartbeatInterval), options.HeartbeatInterval);
        Positive(failures, nameof(AgentOptions.ReportInterval), options.ReportInterval);
        Positive(failures, nameof(AgentOptions.ReconnectMinDelay), options.ReconnectMinDelay);
        Positive(failures, nameof(AgentOptions.ConnectTimeout), options.ConnectTimeout);
        if (options.ReconnectMaxDelay < options.ReconnectMinDelay)
        {
            failures.Add($"{nameof(AgentOptions.ReconnectMaxDelay)} must be at least {nameof(AgentOptions.ReconnectMinDelay)} ({options.ReconnectMinDelay}), was {options.ReconnectMaxDelay}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Positive(List<string> failures, string key, TimeSpan value)
    {
        if (value <= TimeSpan.Zero || value > TimeSpan.FromDays(1))
        {
            failures.Add($"{key} must be more than zero and at most one day, was {value}.");
        }
    }
}
