using Microsoft.Extensions.Options;

namespace Autoscaler.DemoGameServer;

/// <summary>Validates the <c>Demo</c> section, reporting every problem with its key.</summary>
internal sealed class DemoMachineOptionsValidator : IValidateOptions<DemoMachineOptions>
{
    public ValidateOptionsResult Validate(string? name, DemoMachineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.DisksPath) || !Path.IsPathRooted(options.DisksPath))
        {
            failures.Add("Demo:DisksPath must be an absolute path.");
        }

        if (options.PeakPlayers is < 0 or > 10_000)
        {
            failures.Add($"Demo:PeakPlayers must be from 0 to 10000 (was {options.PeakPlayers}).");
        }

        if (options.Period < TimeSpan.FromSeconds(10))
        {
            failures.Add($"Demo:Period must be at least 00:00:10 (was {options.Period}).");
        }

        if (options.Step < TimeSpan.FromMilliseconds(100) || options.Step > TimeSpan.FromMinutes(1))
        {
            failures.Add($"Demo:Step must be from 00:00:00.1 to 00:01:00 (was {options.Step}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
