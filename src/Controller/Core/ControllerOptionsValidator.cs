using Microsoft.Extensions.Options;

namespace Autoscaler.Controller.Core;

/// <summary>Checks the <c>Controller</c> section, reporting every problem with its key.</summary>
internal sealed class ControllerOptionsValidator : IValidateOptions<ControllerOptions>
{
    public ValidateOptionsResult Validate(string? name, ControllerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        const string Key = ControllerOptions.SectionName;
        if (!Uri.TryCreate(options.AgentEndpoint, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("http" or "https"))
        {
            failures.Add($"{Key}:AgentEndpoint must be an absolute http or https address (was '{options.AgentEndpoint}')");
        }

        if (options.ReconcileInterval <= TimeSpan.Zero)
        {
            failures.Add($"{Key}:ReconcileInterval must be a positive duration (was {options.ReconcileInterval})");
        }

        if (options.CreateRequestTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{Key}:CreateRequestTimeout must be a positive duration (was {options.CreateRequestTimeout})");
        }

        if (options.HistoryRetention <= TimeSpan.Zero)
        {
            failures.Add($"{Key}:HistoryRetention must be a positive duration (was {options.HistoryRetention})");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
