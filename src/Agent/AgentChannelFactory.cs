using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Grpc.Net.Client;
using Microsoft.Extensions.Logging;

namespace Autoscaler.Agent;

/// <summary>Builds the gRPC channel to the controller: HTTP/2 keep-alive pings, and TLS pinned to a custom CA when one is given.</summary>
internal static class AgentChannelFactory
{
    public static GrpcChannel Create(AgentOptions options, ILoggerFactory loggerFactory, int maxReceiveBytes = 64 * 1024)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectTimeout = options.ConnectTimeout,
            PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
            KeepAlivePingDelay = TimeSpan.FromSeconds(20),
            KeepAlivePingTimeout = TimeSpan.FromSeconds(20),
            KeepAlivePingPolicy = HttpKeepAlivePingPolicy.WithActiveRequests,
            EnableMultipleHttp2Connections = true,
        };
        if (LoadCa(options) is { } ca)
        {
            handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, errors) => IsTrusted(ca, certificate, errors);
        }

        return GrpcChannel.ForAddress(options.ControllerAddress!, new GrpcChannelOptions
        {
            HttpHandler = handler,
            DisposeHttpClient = true,
            LoggerFactory = loggerFactory,
            MaxReceiveMessageSize = maxReceiveBytes,
        });
    }

    private static X509Certificate2? LoadCa(AgentOptions options)
    {
        var pem = options.CaCertificatePem;
        if (pem is null && options.CaCertificatePath is { } path)
        {
            pem = File.ReadAllText(path);
        }

        return pem is null ? null : X509Certificate2.CreateFromPem(pem);
    }

    /// <summary>Accepts the controller's certificate only if it chains to the custom CA and names the host.</summary>
    internal static bool IsTrusted(X509Certificate2 ca, X509Certificate? certificate, SslPolicyErrors errors)
    {
        if (certificate is null || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(ca);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var leaf = new X509Certificate2(certificate);
        return chain.Build(leaf);
    }
}
