using Microsoft.Extensions.Options;

namespace Autoscaler.Controller.Agents;

/// <summary>Checks every <see cref="AgentProtocolOptions"/> value and reports all problems at once, each naming its key.</summary>
internal sealed class AgentProtocolOptionsValidator : IValidateOptions<AgentProtocolOptions>
{
    public ValidateOptionsResult Validate(string? name, AgentProtocolOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var day = TimeSpan.FromDays(1);
        Interval(failures, nameof(options.HeartbeatInterval), options.HeartbeatInterval, TimeSpan.FromMilliseconds(100), TimeSpan.FromHours(1));
        Interval(failures, nameof(options.ReportInterval), options.ReportInterval, TimeSpan.FromMilliseconds(10), TimeSpan.FromHours(1));
        Interval(failures, nameof(options.HelloTimeout), options.HelloTimeout, TimeSpan.FromMilliseconds(100), day);
        Range(failures, nameof(options.MessagesPerSecond), options.MessagesPerSecond, 1, 100_000);
        Range(failures, nameof(options.MessageBurst), options.MessageBurst, 1, 1_000_000);
        Range(failures, nameof(options.MaxValueBytes), options.MaxValueBytes, 0, ProtocolLimits.MaxMessageBytes / 2);
        Range(failures, nameof(options.MaxKeysPerServer), options.MaxKeysPerServer, 0, 100_000);
        Range(failures, nameof(options.MaxUploadBytesPerServer), options.MaxUploadBytesPerServer, 0, 64 * 1024 * 1024);
        Range(failures, nameof(options.MaxRowsPerGet), options.MaxRowsPerGet, 1, 100_000);
        Range(failures, nameof(options.MaxSubscriptions), options.MaxSubscriptions, 0, 1_000_000);
        Range(failures, nameof(options.SubscriberBuffer), options.SubscriberBuffer, 16, 1_000_000);
        if (options.MessageBurst < options.MessagesPerSecond)
        {
            failures.Add($"{AgentProtocolOptions.SectionName}:{nameof(options.MessageBurst)} must be at least {nameof(options.MessagesPerSecond)} ({options.MessagesPerSecond}), was {options.MessageBurst}.");
        }

        if (options.MessageBurst < options.MaxKeysPerServer + 2)
        {
            failures.Add($"{AgentProtocolOptions.SectionName}:{nameof(options.MessageBurst)} must be at least {nameof(options.MaxKeysPerServer)} + 2 ({options.MaxKeysPerServer + 2}) so a reconnecting agent can re-post its rows, was {options.MessageBurst}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Interval(List<string> failures, string key, TimeSpan value, TimeSpan min, TimeSpan max)
    {
        if (value < min || value > max)
        {
            failures.Add($"{AgentProtocolOptions.SectionName}:{key} must be between {min} and {max}, was {value}.");
        }
    }

    private static void Range(List<string> failures, string key, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            failures.Add($"{AgentProtocolOptions.SectionName}:{key} must be between {min} and {max}, was {value}.");
        }
    }
}
