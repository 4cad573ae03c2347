using Microsoft.Extensions.Options;

namespace Autoscaler.RackspaceApi;

/// <summary>Validates <see cref="RackspaceOptions"/>, reporting every problem at once with the key named.</summary>
internal sealed class RackspaceOptionsValidator : IValidateOptions<RackspaceOptions>
{
    public ValidateOptionsResult Validate(string? name, RackspaceOptions options)
    {
        var failures = new List<string>();
        var section = RackspaceOptions.SectionName;
        if (!Enum.IsDefined(options.Dialect))
        {
            failures.Add($"{section}:Dialect must be V1 or V2.");
        }

        var identity = options.ResolveIdentityUrl();
        if (identity is null)
        {
            failures.Add($"{section}:IdentityUrl or {section}:Preset (US or UK) is required.");
        }
        else if (!identity.IsAbsoluteUri || (identity.Scheme != Uri.UriSchemeHttps && identity.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{section}:IdentityUrl must be an absolute http(s) URL.");
        }

        if (string.IsNullOrWhiteSpace(options.Username))
        {
            failures.Add($"{section}:Username is required.");
        }

        if (string.IsNullOrEmpty(options.ApiKey) && string.IsNullOrEmpty(options.Password))
        {
            failures.Add($"{section}:ApiKey (or, for V2, {section}:Password) is required.");
        }
        else if (string.IsNullOrEmpty(options.ApiKey) && options.Dialect == RackspaceDialect.V1)
        {
            failures.Add($"{section}:ApiKey is required for V1 (identity v1.0 has no password login).");
        }

        if (string.IsNullOrWhiteSpace(options.ServiceName) && string.IsNullOrWhiteSpace(options.ServiceType))
        {
            failures.Add($"{section}:ServiceName or {section}:ServiceType is required.");
        }

        if (!Enum.IsDefined(options.Format))
        {
            failures.Add($"{section}:Format must be Json or Xml.");
        }

        Positive(failures, options.RequestTimeout, nameof(RackspaceOptions.RequestTimeout));
        Positive(failures, options.AuthenticationTimeout, nameof(RackspaceOptions.AuthenticationTimeout));
        Positive(failures, options.V1TokenLifetime, nameof(RackspaceOptions.V1TokenLifetime));
        NotNegative(failures, options.TokenExpiryMargin, nameof(RackspaceOptions.TokenExpiryMargin));
        NotNegative(failures, options.RetryBaseDelay, nameof(RackspaceOptions.RetryBaseDelay));
        NotNegative(failures, options.MaxOverLimitWait, nameof(RackspaceOptions.MaxOverLimitWait));
        if (options.MaxReadRetries is < 0 or > 10)
        {
            failures.Add($"{section}:MaxReadRetries must be between 0 and 10.");
        }

        if (options.MaxOverLimitRetries is < 0 or > 10)
        {
            failures.Add($"{section}:MaxOverLimitRetries must be between 0 and 10.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Positive(List<string> failures, TimeSpan value, string key)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{RackspaceOptions.SectionName}:{key} must be positive.");
        }
    }

    private static void NotNegative(List<string> failures, TimeSpan value, string key)
    {
        if (value < TimeSpan.Zero)
        {
            failures.Add($"{RackspaceOptions.SectionName}:{key} must not be negative.");
        }
    }
}
