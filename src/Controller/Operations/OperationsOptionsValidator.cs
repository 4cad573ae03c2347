using Autoscaler.Controller.Operations.Access;
using Microsoft.Extensions.Options;

namespace Autoscaler.Controller.Operations;

/// <summary>Validates the <c>Operations</c> section, reporting every problem at once with its key.</summary>
internal sealed class OperationsOptionsValidator(IConfiguration configuration) : IValidateOptions<OperationsOptions>
{
    /// <summary>Shortest admin token accepted.</summary>
    public const int MinTokenLength = 16;

    public ValidateOptionsResult Validate(string? name, OperationsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.AdminToken is { } token && token.Length > 0 && (token.Length < MinTokenLength || token.Any(char.IsWhiteSpace)))
        {
            // Never echo the token itself.
            failures.Add($"Operations:AdminToken must be at least {MinTokenLength} characters without spaces.");
        }

        var exposed = ListenAddresses.Exposed(ListenAddresses.Configured(configuration));
        if (exposed.Count > 0 && options.RequireAdminToken == false)
        {
            failures.Add($"Operations:RequireAdminToken cannot be false while the controller listens beyond loopback ({string.Join(", ", exposed)}).");
        }

        if (!options.HasAdminToken && (options.RequireAdminToken == true || (exposed.Count > 0 && options.RequireAdminToken is null)))
        {
            failures.Add(exposed.Count > 0
                ? $"Operations:AdminToken is required: the controller listens beyond loopback ({string.Join(", ", exposed)})."
                : "Operations:AdminToken is required: Operations:RequireAdminToken is true.");
        }

        if (options.TimelineInterval < TimeSpan.FromMilliseconds(500) || options.TimelineInterval > TimeSpan.FromMinutes(1))
        {
            failures.Add($"Operations:TimelineInterval must be from 00:00:00.5 to 00:01:00 (was {options.TimelineInterval}).");
        }

        if (options.TimelineLength < TimeSpan.FromMinutes(1) || options.TimelineLength > TimeSpan.FromHours(24))
        {
            failures.Add($"Operations:TimelineLength must be from 00:01:00 to 1.00:00:00 (was {options.TimelineLength}).");
        }

        if (options.TimelineInterval > TimeSpan.Zero && options.TimelineLength / options.TimelineInterval > 100_000)
        {
            failures.Add("Operations:TimelineLength / Operations:TimelineInterval must be at most 100000 samples per fleet.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
