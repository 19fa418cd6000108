/**
 * A fake Gmail API and Google OAuth token endpoint on 127.0.0.1, for tests that drive Google's real Java
 * clients ({@code Gmail}, {@code ServiceAccountCredentials}, {@code HttpCredentialsAdapter}) with only the root
 * URL and the token URI changed. Start one with {@link dev.fundcrm.gmail.fake.FakeGmail#start()} or
 * {@link dev.fundcrm.gmail.fake.FakeGmailExtension}.
 *
 * <h2>What it emulates</h2>
 * <ul>
 *   <li>{@code POST /token}: the JWT bearer grant of domain-wide delegation. RS256 signature by the test
 *       service account's key ({@code kid} checked), {@code iss}, {@code aud} (Google's token URLs or the fake's
 *       own), {@code iat}/{@code exp} against real time (at most an hour apart), then the grant of the client
 *       id ({@code 401 unauthorized_client}) and the user ({@code 400 invalid_grant "Invalid email or User
 *       ID"}) for a delegated request. Every request is recorded ({@code tokenRequests()}).</li>
 *   <li>{@code /gmail/v1/users/{userId}/}: {@code profile}, {@code messages} (list), {@code messages/{id}}
 *       ({@code full}, {@code metadata} + {@code metadataHeaders}, {@code minimal}, {@code raw}),
 *       {@code messages/{id}/attachments/{id}}, {@code history}, {@code drafts} (create),
 *       {@code messages/send}; {@code drafts/send} is refused with 404 and recorded. {@code userId} is
 *       {@code me} or the token's user; another user is {@code 403 "Delegation denied for ..."}.</li>
 *   <li>{@code POST /batch}: {@code multipart/mixed} of {@code application/http} parts, answered in order, at
 *       most 100 inner calls; each inner call goes through auth, faults, concurrency and quota.</li>
 *   <li>Tokens: 401 {@code authError} with {@code WWW-Authenticate: Bearer ... error="invalid_token"} for an
 *       unknown, revoked or expired token (the client then refreshes and retries); 403
 *       {@code insufficientPermissions} by Google's scope table ({@link dev.fundcrm.gmail.fake.Route}); 400
 *       {@code failedPrecondition} for the service account's own, undelegated token.</li>
 *   <li>Messages are kept as raw RFC 822 and shown through Angus Mail ({@code mail.mime.allowutf8}): part ids
 *       {@code ""}, {@code "0"}, {@code "0.1"}; headers unfolded and RFC 2047-decoded; leaf bodies
 *       transfer-decoded but in their own charset, base64url with padding; parts with a file name carry an
 *       {@code attachmentId} and no data; snippets HTML-escaped. {@code historyId} and {@code internalDate} are
 *       JSON strings, as Gmail sends them and the client requires.</li>
 *   <li>Gmail's quirks that an adapter must survive: list newest first without spam and trash; history ids
 *       that grow by uneven steps; drafts and sent messages landing in the mailbox (labels {@code DRAFT},
 *       {@code SENT}) and in its history; a {@code threadId} honoured only if the message names a message of
 *       that thread in {@code In-Reply-To}/{@code References} and its subject matches.</li>
 *   <li>The search subset of {@code SearchQuery}: {@code from: to: cc: bcc: deliveredto: subject:
 *       rfc822msgid: in: label: is: category: has:attachment newer_than: older_than: after: before:} and bare
 *       {@code @domain}, each negatable with {@code -}, joined by spaces; and brace groups {@code {t1 t2}},
 *       Gmail's OR of the terms inside (the contact backfill's search), neither negated nor nested. Free text,
 *       {@code OR}, a negated or nested group and parentheses answer 400 with a message naming the fake.</li>
 * </ul>
 *
 * <h2>Where it knowingly differs from Gmail</h2>
 * <ul>
 *   <li>No {@code fields} partial responses (the whole resource comes back), no media upload paths
 *       ({@code /upload/...} is 404), no labels, threads, modify, trash or watch.</li>
 *   <li>{@code resultSizeEstimate} is exact; {@code maxResults} above 500 is cut to 500.</li>
 *   <li>Attachment ids are stable per message and part (Gmail's change from one get to the next).</li>
 *   <li>The {@code metadata} payload holds {@code mimeType} and {@code headers} only.</li>
 *   <li>Rejected JWTs, an empty scope and an unparseable MIME get plausible answers whose exact texts we
 *       couldn't verify against Google.</li>
 * </ul>
 */
package dev.fundcrm.gmail.fake;
