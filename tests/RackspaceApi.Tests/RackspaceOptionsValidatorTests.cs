namespace Autoscaler.RackspaceApi.Tests;

public sealed class RackspaceOptionsValidatorTests
{
    [Fact]
    public void Validate_EverythingMissing_ReportsEveryKeyAtOnce()
    {
        var options = new RackspaceOptions
        {
            Username = "",
            RequestTimeout = TimeSpan.Zero,
            MaxReadRetries = -1,
            TokenExpiryMargin = TimeSpan.FromSeconds(-1),
        };

        var result = new RackspaceOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        var failures = result.Failures!.ToList();
        Assert.Contains(failures, f => f.Contains("Rackspace:IdentityUrl", StringComparison.Ordinal) && f.Contains("Rackspace:Preset", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Rackspace:Username", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Rackspace:ApiKey", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Rackspace:RequestTimeout", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Rackspace:MaxReadRetries", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Rackspace:TokenExpiryMargin", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_V1WithPasswordOnly_RequiresApiKey()
    {
        var options = new RackspaceOptions { Dialect = RackspaceDialect.V1, Preset = RackspaceIdentityPreset.UK, Username = "u", Password = "p" };

        var result = new RackspaceOptionsValidator().Validate(null, options);

        Assert.Contains(result.Failures!, f => f.Contains("Rackspace:ApiKey is required for V1", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_SecretValues_NeverAppearInFailures()
    {
        var options = new RackspaceOptions { IdentityUrl = new Uri("ftp://x/"), Username = "u", ApiKey = "key-abc-123", RequestTimeout = TimeSpan.Zero };

        var result = new RackspaceOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.DoesNotContain("key-abc-123", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RackspaceDialect.V1, RackspaceIdentityPreset.US, "https://auth.api.rackspacecloud.com/v1.0")]
    [InlineData(RackspaceDialect.V1, RackspaceIdentityPreset.UK, "https://lon.auth.api.rackspacecloud.com/v1.0")]
    [InlineData(RackspaceDialect.V2, RackspaceIdentityPreset.US, "https://identity.api.rackspacecloud.com/v2.0/")]
    [InlineData(RackspaceDialect.V2, RackspaceIdentityPreset.UK, "https://lon.identity.api.rackspacecloud.com/v2.0/")]
    public void ResolveIdentityUrl_Preset_GivesDocumentedEndpoint(RackspaceDialect dialect, RackspaceIdentityPreset preset, string expected)
    {
        var options = new RackspaceOptions { Dialect = dialect, Preset = preset };

        Assert.Equal(new Uri(expected), options.ResolveIdentityUrl());
    }

    [Fact]
    public void ResolveIdentityUrl_ExplicitUrlAndPreset_ExplicitWins()
    {
        var options = new RackspaceOptions { Preset = RackspaceIdentityPreset.UK, IdentityUrl = new Uri("http://127.0.0.1:5000/v2.0/") };

        Assert.Equal(new Uri("http://127.0.0.1:5000/v2.0/"), options.ResolveIdentityUrl());
    }
}
