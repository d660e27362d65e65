<?xml version="1.0" encoding="utf-8"?>
<!--
    Turns the site's RSS 2.0 and Atom feeds into a readable page when someone opens one in a
    browser: what a feed is, how to subscribe, and the items as links. Feed readers never apply
    it. home/feeds.py names it in each feed's <?xml-stylesheet?> processing instruction.

    Everything taken from the feed is written with value-of or an attribute value, so it is
    escaped: nothing in a feed becomes markup here. The page uses the site's own stylesheet and
    no script or inline style, so the site's Content-Security-Policy lets it render.
    The stylesheet is named without its hashed suffix: a static file cannot know it, and
    whitenoise serves the original name as well.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:atom="http://www.w3.org/2005/Atom"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    exclude-result-prefixes="atom dc">

  <xsl:output method="html" encoding="utf-8" indent="no" doctype-system="about:legacy-compat"/>

  <xsl:variable name="rss" select="/rss/channel"/>
  <xsl:variable name="atom" select="/atom:feed"/>
  <xsl:variable name="title" select="$rss/title | $atom/atom:title"/>
  <xsl:variable name="description" select="$rss/description | $atom/atom:subtitle"/>
  <xsl:variable name="website" select="$rss/link | $atom/atom:link[@rel='alternate']/@href"/>
  <xsl:variable name="address" select="$rss/atom:link[@rel='self']/@href | $atom/atom:link[@rel='self']/@href"/>
  <xsl:variable name="follow" select="$rss/atom:link[@rel='related']/@href | $atom/atom:link[@rel='related']/@href"/>
  <xsl:variable name="items" select="$rss/item | $atom/atom:entry"/>

  <xsl:template match="/">
    <html lang="en-GB">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="$title"/> (feed)</title>
        <link rel="stylesheet" href="/static/css/site.css"/>
        <link rel="icon" href="/static/img/favicon.svg" type="image/svg+xml"/>
      </head>
      <body class="template-feed">
        <a class="skip-link" href="#main-content">Skip to main content</a>
        <header class="site-header">
          <div class="container site-header__inner">
            <a class="site-header__brand" href="/">
              <span class="site-header__logo" aria-hidden="true">LEAD</span>
              <span class="site-header__name">Lived Experience Advisory Directory</span>
            </a>
          </div>
        </header>
        <main id="main-content" tabindex="-1">
          <div class="container prose feed-preview">
            <p class="feed-preview__kind">
              <xsl:text>Web feed (</xsl:text>
              <xsl:choose>
                <xsl:when test="$atom">Atom</xsl:when>
                <xsl:otherwise>RSS</xsl:otherwise>
              </xsl:choose>
              <xsl:text>)</xsl:text>
            </p>
            <h1><xsl:value-of select="$title"/></h1>
            <xsl:if test="normalize-space($description)">
              <p class="lead"><xsl:value-of select="$description"/></p>
            </xsl:if>

            <section class="block-callout feed-preview__about" aria-labelledby="feed-about">
              <h2 id="feed-about" class="block-callout__heading">What is this page?</h2>
              <p>This is a feed: a list of our newest items that a feed reader can check for you. A feed reader is an app or website that collects the feeds you choose, so you see what is new without visiting each website.</p>
              <p>To follow this feed, copy its address into your feed reader, usually under "Add feed" or "Subscribe":</p>
              <p><code class="subscription__address"><xsl:value-of select="$address"/></code></p>
              <ul>
                <xsl:if test="$follow">
                  <li><a href="{$follow}">How to follow us, step by step</a></li>
                </xsl:if>
                <li><a href="{$website}">Read these on the website instead</a></li>
              </ul>
              <p class="feed-preview__note">Your browser may warn that this page uses a feature it is removing (XSLT). That only changes how this page looks in a browser: feed readers are not affected.</p>
            </section>

            <h2 id="feed-items">Newest in this feed</h2>
            <xsl:choose>
              <xsl:when test="$items">
                <ol class="feed-preview__items" aria-labelledby="feed-items">
                  <xsl:apply-templates select="$items"/>
                </ol>
              </xsl:when>
              <xsl:otherwise>
                <p>Nothing in this feed yet. New items will appear here as they are published.</p>
              </xsl:otherwise>
            </xsl:choose>
          </div>
        </main>
      </body>
    </html>
  </xsl:template>

  <!-- An RSS item. -->
  <xsl:template match="item">
    <li class="feed-preview__item">
      <h3><a href="{link}"><xsl:value-of select="title"/></a></h3>
      <xsl:if test="pubDate">
        <p class="feed-preview__meta">
          <!-- "Sat, 10 Jan 2026 09:00:00 +0000" -->
          <xsl:call-template name="date">
            <xsl:with-param name="day" select="substring(pubDate, 6, 2)"/>
            <xsl:with-param name="month" select="string-length(substring-before('JanFebMarAprMayJunJulAugSepOctNovDec', substring(pubDate, 9, 3))) div 3 + 1"/>
            <xsl:with-param name="year" select="substring(pubDate, 13, 4)"/>
          </xsl:call-template>
          <xsl:if test="dc:creator">
            <xsl:text> · by </xsl:text><xsl:value-of select="dc:creator"/>
          </xsl:if>
        </p>
      </xsl:if>
      <xsl:if test="normalize-space(description)">
        <p><xsl:value-of select="description"/></p>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- An Atom entry. -->
  <xsl:template match="atom:entry">
    <xsl:variable name="when" select="(atom:published | atom:updated)[1]"/>
    <li class="feed-preview__item">
      <h3><a href="{atom:link[@rel='alternate']/@href}"><xsl:value-of select="atom:title"/></a></h3>
      <xsl:if test="$when">
        <p class="feed-preview__meta">
          <!-- "2026-01-10T09:00:00+00:00" -->
          <xsl:call-template name="date">
            <xsl:with-param name="day" select="substring($when, 9, 2)"/>
            <xsl:with-param name="month" select="number(substring($when, 6, 2))"/>
            <xsl:with-param name="year" select="substring($when, 1, 4)"/>
          </xsl:call-template>
          <xsl:if test="atom:author/atom:name">
            <xsl:text> · by </xsl:text><xsl:value-of select="atom:author/atom:name"/>
          </xsl:if>
        </p>
      </xsl:if>
      <xsl:if test="normalize-space(atom:summary)">
        <p><xsl:value-of select="atom:summary"/></p>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- "10 January 2026". -->
  <xsl:template name="date">
    <xsl:param name="day"/>
    <xsl:param name="month"/>
    <xsl:param name="year"/>
    <xsl:value-of select="number($day)"/>
    <xsl:text> </xsl:text>
    <xsl:choose>
      <xsl:when test="$month = 1">January</xsl:when>
      <xsl:when test="$month = 2">February</xsl:when>
      <xsl:when test="$month = 3">March</xsl:when>
      <xsl:when test="$month = 4">April</xsl:when>
      <xsl:when test="$month = 5">May</xsl:when>
      <xsl:when test="$month = 6">June</xsl:when>
      <xsl:when test="$month = 7">July</xsl:when>
      <xsl:when test="$month = 8">August</xsl:when>
      <xsl:when test="$month = 9">September</xsl:when>
      <xsl:when test="$month = 10">October</xsl:when>
      <xsl:when test="$month = 11">November</xsl:when>
      <xsl:when test="$month = 12">December</xsl:when>
    </xsl:choose>
    <xsl:text> </xsl:text>
    <xsl:value-of select="$year"/>
  </xsl:template>
</xsl:stylesheet>
