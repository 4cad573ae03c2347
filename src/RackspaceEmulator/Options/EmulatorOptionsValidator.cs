using System.Text.RegularExpressions;
using Autoscaler.RackspaceEmulator.Limits;
using Microsoft.Extensions.Options;

namespace Autoscaler.RackspaceEmulator;

/// <summary>Validates <see cref="EmulatorOptions"/>, reporting every problem at once with its configuration key.</summary>
internal sealed class EmulatorOptionsValidator : IValidateOptions<EmulatorOptions>
{
    private const string P = EmulatorOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, EmulatorOptions options)
    {
        var errors = new List<string>();
        ValidateAccounts(options, errors);
        for (var i = 0; i < options.Regions.Count; i++)
        {
            if (!Regex.IsMatch(options.Regions[i] ?? string.Empty, "^[A-Za-z]{2,8}$", RegexOptions.None, TimeSpan.FromSeconds(1)))
            {
                errors.Add($"{P}:Regions:{i} must be 2 to 8 letters (e.g. DFW).");
            }
        }

        foreach (var url in (options.Urls ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                errors.Add($"{P}:Urls entry '{url}' must be an http or https URL.");
            }
            else if (uri.IsLoopback && uri.Host == "localhost" && uri.Port == 0)
            {
                errors.Add($"{P}:Urls entry '{url}' cannot use port 0 with localhost; use http://127.0.0.1:0.");
            }
        }

        Positive(errors, "BuildTime", options.BuildTime);
        Positive(errors, "RebootTime", options.RebootTime);
        Positive(errors, "HardRebootTime", options.HardRebootTime);
        Positive(errors, "RebuildTime", options.RebuildTime);
        Positive(errors, "PasswordChangeTime", options.PasswordChangeTime);
        Positive(errors, "ResizeStepTime", options.ResizeStepTime);
        Positive(errors, "ResizeAutoConfirmTime", options.ResizeAutoConfirmTime);
        Positive(errors, "ImageSaveTime", options.ImageSaveTime);
        Positive(errors, "TokenLifetime", options.TokenLifetime);
        if (options.DeletedVisibleTime < TimeSpan.Zero)
        {
            errors.Add($"{P}:DeletedVisibleTime must not be negative.");
        }

        if (options.V1DeleteServerStatusCode is not (202 or 204))
        {
            errors.Add($"{P}:V1DeleteServerStatusCode must be 202 or 204.");
        }

        if (options.AuditCapacity < 1)
        {
            errors.Add($"{P}:AuditCapacity must be at least 1.");
        }

        ValidateFlavors(options, errors);
        ValidateImages(options, errors);
        ValidateRules(options.RateLimits.V1, "RateLimits:V1", errors);
        ValidateRules(options.RateLimits.V2, "RateLimits:V2", errors);
        ValidateAbsolute(options.AbsoluteLimits, errors);
        errors.AddRange(options.Faults?.Validate($"{P}:Faults") ?? [$"{P}:Faults must not be null."]);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void ValidateAccounts(EmulatorOptions options, List<string> errors)
    {
        var usernames = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Accounts.Count; i++)
        {
            var account = options.Accounts[i];
            var key = $"{P}:Accounts:{i}";
            if (string.IsNullOrWhiteSpace(account.Username))
            {
                errors.Add($"{key}:Username is required.");
            }
            else if (!usernames.Add(account.Username))
            {
                errors.Add($"{key}:Username duplicates another account's username.");
            }

            if (string.IsNullOrWhiteSpace(account.ApiKey))
            {
                errors.Add($"{key}:ApiKey is required.");
            }

            if (string.IsNullOrWhiteSpace(account.TenantId) || !account.TenantId.All(char.IsAsciiLetterOrDigit))
            {
                errors.Add($"{key}:TenantId is required and must be letters and digits.");
            }

            if (string.IsNullOrWhiteSpace(account.DefaultRegion))
            {
                errors.Add($"{key}:DefaultRegion is required.");
            }
            else if (!(options.Regions.Count > 0 ? [.. options.Regions] : EmulatorOptions.DefaultRegions)
                .Contains(account.DefaultRegion, StringComparer.OrdinalIgnoreCase))
            {
                errors.Add($"{key}:DefaultRegion {account.DefaultRegion} is not one of the served regions ({P}:Regions).");
            }
        }
    }

    private static void ValidateFlavors(EmulatorOptions options, List<string> errors)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Flavors.Count; i++)
        {
            var flavor = options.Flavors[i];
            var key = $"{P}:Flavors:{i}";
            if (string.IsNullOrWhiteSpace(flavor.Id) || flavor.Id.Contains('/', StringComparison.Ordinal) || !ids.Add(flavor.Id))
            {
                errors.Add($"{key}:Id is required, unique and without '/'.");
            }

            if (string.IsNullOrWhiteSpace(flavor.Name))
            {
                errors.Add($"{key}:Name is required.");
            }

            if (flavor.Ram <= 0 || flavor.Disk <= 0 || flavor.Vcpus <= 0)
            {
                errors.Add($"{key}:Ram, Disk and Vcpus must be positive.");
            }
        }
    }

    private static void ValidateImages(EmulatorOptions options, List<string> errors)
    {
        var ids = new HashSet<int>();
        for (var i = 0; i < options.Images.Count; i++)
        {
            var image = options.Images[i];
            var key = $"{P}:Images:{i}";
            if (image.Id <= 0 || !ids.Add(image.Id))
            {
                errors.Add($"{key}:Id must be a positive, unique integer.");
            }

            if (image.Uuid is not null && !Guid.TryParse(image.Uuid, out _))
            {
                errors.Add($"{key}:Uuid must be a UUID.");
            }

            if (string.IsNullOrWhiteSpace(image.Name))
            {
                errors.Add($"{key}:Name is required.");
            }
        }
    }

    private static void ValidateRules(IList<RateLimitRule> rules, string section, List<string> errors)
    {
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            var key = $"{P}:{section}:{i}";
            if (rule.Verb is not ("GET" or "POST" or "PUT" or "DELETE"))
            {
                errors.Add($"{key}:Verb must be GET, POST, PUT or DELETE.");
            }

            if (rule.Value < 1)
            {
                errors.Add($"{key}:Value must be at least 1.");
            }

            try
            {
                _ = RateLimiter.UnitLength(rule.Unit);
            }
            catch (ArgumentOutOfRangeException)
            {
                errors.Add($"{key}:Unit must be SECOND, MINUTE, HOUR or DAY.");
            }

            try
            {
                _ = new Regex(rule.Regex);
            }
            catch (ArgumentException)
            {
                errors.Add($"{key}:Regex is not a valid regular expression.");
            }
        }
    }

    private static void ValidateAbsolute(AbsoluteLimitOptions limits, List<string> errors)
    {
        void AtLeast(string name, int value, int min)
        {
            if (value < min)
            {
                errors.Add($"{P}:AbsoluteLimits:{name} must be at least {min}.");
            }
        }

        AtLeast("MaxTotalRamSize", limits.MaxTotalRamSize, 1);
        AtLeast("MaxTotalInstances", limits.MaxTotalInstances, 0);
        AtLeast("MaxIpGroups", limits.MaxIpGroups, 0);
        AtLeast("MaxIpGroupMembers", limits.MaxIpGroupMembers, 1);
        AtLeast("MaxServerMeta", limits.MaxServerMeta, 0);
        AtLeast("MaxV1ServerMeta", limits.MaxV1ServerMeta, 0);
        AtLeast("MaxPersonality", limits.MaxPersonality, 0);
        AtLeast("MaxPersonalitySize", limits.MaxPersonalitySize, 1);
        AtLeast("MaxImages", limits.MaxImages, 0);
    }

    private static void Positive(List<string> errors, string name, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            errors.Add($"{P}:{name} must be positive.");
        }
    }
}
