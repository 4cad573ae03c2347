using Autoscaler.RackspaceApi.Faults;
using Autoscaler.RackspaceApi.Tests.TestSupport;
using Autoscaler.RackspaceApi.V1;
using Autoscaler.RackspaceApi.V2;
using Autoscaler.RackspaceEmulator;

namespace Autoscaler.RackspaceApi.Tests;

/// <summary>API keys, passwords and tokens never reach a log line, an exception message, an observer record or ToString.</summary>
public sealed class CredentialSafetyTests
{
    private const string Key = "KEY-7c1e0f-never-log-me";
    private const string Password = "PASS-2b9d44-never-log-me";

    [Theory]
    [InlineData(RackspaceDialect.V1)]
    [InlineData(RackspaceDialect.V2)]
    public async Task FullSession_TraceLogging_NoCredentialOrTokenAnywhere(RackspaceDialect dialect)
    {
        await using var session = await EmulatorSession.StartAsync(
            dialect,
            cloud => cloud.Accounts.Add(new EmulatorAccount { Username = "leak", ApiKey = Key, Password = Password, TenantId = "300000", DefaultRegion = "DFW" }),
            client =>
            {
                client.Username = "leak";
                client.ApiKey = Key;
            });
        var texts = new List<string>();

        if (dialect == RackspaceDialect.V1)
        {
            var client = session.Get<CloudServersV1Client>();
            texts.Add((await client.AuthenticateAsync(CancellationToken.None)).ToString());
            await client.Flavors.ListAsync(null, CancellationToken.None);
            session.Cloud.Model.RevokeAllTokens();
            await client.Images.ListAsync(null, CancellationToken.None);
            texts.Add((await Assert.ThrowsAsync<ItemNotFoundException>(() => client.Servers.GetAsync(424242, CancellationToken.None))).ToString());
        }
        else
        {
            var client = session.Get<CloudServersV2Client>();
            texts.Add((await client.AuthenticateAsync(CancellationToken.None)).ToString());
            await client.Flavors.ListAsync(CancellationToken.None);
            session.Cloud.Model.RevokeAllTokens();
            await client.Images.ListAsync(CancellationToken.None);
            texts.Add((await Assert.ThrowsAsync<ItemNotFoundException>(() => client.Servers.GetAsync("nope", CancellationToken.None))).ToString());
        }

        texts.AddRange(session.Host.Logs.Lines);
        texts.AddRange(session.Host.Observer.Records.Select(r => r.ToString()));
        var tokens = session.Cloud.Model.GetAuditLog().Count;
        Assert.NotEmpty(session.Host.Logs.Lines);
        Assert.True(tokens > 0);
        Assert.All(texts, text =>
        {
            Assert.DoesNotContain(Key, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Password, text, StringComparison.Ordinal);
        });
        // Request headers are logged at Trace by IHttpClientFactory, names only: the values are redacted.
        Assert.Contains(session.Host.Logs.Lines, line => line.Contains("X-Auth-Token", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task FailedAuthentication_WithPassword_NoPasswordInMessageOrLog()
    {
        await using var session = await EmulatorSession.StartAsync(
            RackspaceDialect.V2,
            configureClient: client =>
            {
                client.ApiKey = null;
                client.Password = Password;
            });

        var failure = await Assert.ThrowsAsync<RackspaceAuthenticationException>(
            () => session.Get<CloudServersV2Client>().Servers.ListAsync(null, CancellationToken.None));

        Assert.DoesNotContain(Password, failure.ToString(), StringComparison.Ordinal);
        Assert.All(session.Host.Logs.Lines, line => Assert.DoesNotContain(Password, line, StringComparison.Ordinal));
        Assert.Contains(session.Host.Logs.Lines, line => line.Contains("Authentication with", StringComparison.Ordinal));
    }

    [Fact]
    public void CredentialsBody_IsTheOnlyPlaceTheKeyIsWritten_AndAccessToStringHidesToken()
    {
        var options = new RackspaceOptions { Username = "u", ApiKey = Key };
        var access = new Autoscaler.RackspaceApi.Identity.IdentityAccess(
            "tok-secret", new Autoscaler.RackspaceApi.Identity.RackspaceIdentity(Events.RackspaceEventType.Success200, DateTimeOffset.UnixEpoch, null, null, [], null));

        Assert.Contains(Key, Autoscaler.RackspaceApi.Identity.IdentityV2Provider.CredentialsBody(options), StringComparison.Ordinal);
        Assert.DoesNotContain("tok-secret", access.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Key, options.ToString(), StringComparison.Ordinal);
    }
}
