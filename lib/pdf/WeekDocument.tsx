import { Document, Image as PdfImage, Link, Page, Path, Svg, Text, View } from '@react-pdf/renderer'
import type { Styles } from '@react-pdf/renderer'

import type { Verdict } from '@/components/VerdictBadge'

import { RichTextPdf } from './RichTextPdf'
import { SANS, SERIF } from './fonts'

type Style = Styles[string]

/** Everything the document says, already in the reader's language. */
export type WeekPdfContent = {
  locale: string
  title: string
  siteName: string
  weekUrl: string
  eyebrow: string
  range: string
  summary: unknown
  labels: {
    overview: string
    analyses: string
    keyPoints: string
    topicMissing: string
    source: string
    page: (page: number, total: number) => string
  }
  verdictLabel: Record<Verdict, string>
  overview: { topic: string; verdict: Verdict | null }[]
  analyses: {
    id: number | string
    title: string
    topic: string
    verdict: Verdict
    byline: string
    lead: string
    keyPoints: string[]
    body: unknown
    url: string
    image: {
      data: Buffer
      width: number
      height: number
      caption: string
      sourceUrl: string | null
    } | null
  }[]
}

const INK = '#1c1d1f'
const MUTED = '#585c63'
const RULE = '#b9b6ae'

const verdictColour: Record<Verdict, string> = {
  improved: '#1d6b3a',
  unchanged: '#4f5560',
  worsened: '#a8231f',
}

/** The same shapes as the site's badges: the verdict reads in black and white too. */
const verdictShape: Record<Verdict, string> = {
  improved: 'M8 2 L14 12 L2 12 Z',
  unchanged: 'M2 6 H14 V10 H2 Z',
  worsened: 'M2 4 H14 L8 14 Z',
}

const text = {
  small: { fontFamily: SANS, fontSize: 8.5, color: MUTED } as Style,
  eyebrow: {
    fontFamily: SANS,
    fontSize: 9,
    letterSpacing: 0.8,
    textTransform: 'uppercase',
    color: MUTED,
  } as Style,
}

function VerdictMark({ verdict, label }: { verdict: Verdict; label: string }) {
  return (
    <View style={{ flexDirection: 'row', alignItems: 'center' }}>
      <Svg width={9} height={9} viewBox="0 0 16 16" style={{ marginRight: 3 }}>
        <Path d={verdictShape[verdict]} fill={verdictColour[verdict]} />
      </Svg>
      <Text
        style={{ fontFamily: SANS, fontSize: 9, fontWeight: 700, color: verdictColour[verdict] }}
      >
        {label}
      </Text>
    </View>
  )
}

function Footer({ content }: { content: WeekPdfContent }) {
  return (
    <View
      fixed
      style={{
        position: 'absolute',
        left: 56,
        right: 56,
        bottom: 28,
        flexDirection: 'row',
        justifyContent: 'space-between',
        borderTop: `0.5pt solid ${RULE}`,
        paddingTop: 6,
      }}
    >
      <Text style={text.small}>
        {content.siteName} · {content.weekUrl}
      </Text>
      <Text
        style={text.small}
        render={({ pageNumber, totalPages }) => content.labels.page(pageNumber, totalPages)}
      />
    </View>
  )
}

const pageStyle: Style = {
  fontFamily: SERIF,
  fontSize: 10.5,
  color: INK,
  paddingTop: 54,
  paddingBottom: 72,
  paddingHorizontal: 56,
}

/** The week as a document: cover with summary and overview, then one analysis after another. */
export function WeekDocument({ content }: { content: WeekPdfContent }) {
  return (
    <Document
      title={content.title}
      author={content.siteName}
      subject={content.range}
      creator={content.siteName}
      producer={content.siteName}
      language={content.locale}
    >
      <Page size="A4" style={pageStyle}>
        <Text style={text.eyebrow}>{content.siteName}</Text>
        <Text style={{ ...text.eyebrow, marginTop: 28 }}>{content.eyebrow}</Text>
        <Text style={{ fontSize: 26, fontWeight: 700, marginTop: 4, marginBottom: 16 }}>
          {content.range}
        </Text>
        <RichTextPdf data={content.summary} fontSize={11.5} />

        <Text
          minPresenceAhead={80}
          style={{
            fontFamily: SANS,
            fontSize: 13,
            fontWeight: 700,
            marginTop: 18,
            marginBottom: 6,
          }}
        >
          {content.labels.overview}
        </Text>
        <View style={{ borderTop: `0.5pt solid ${RULE}` }}>
          {content.overview.map((row) => (
            <View
              key={row.topic}
              wrap={false}
              style={{
                flexDirection: 'row',
                justifyContent: 'space-between',
                alignItems: 'center',
                paddingVertical: 5,
                borderBottom: `0.5pt solid ${RULE}`,
              }}
            >
              <Text style={{ fontFamily: SANS, fontSize: 10.5 }}>{row.topic}</Text>
              {row.verdict ? (
                <VerdictMark verdict={row.verdict} label={content.verdictLabel[row.verdict]} />
              ) : (
                <Text style={text.small}>{content.labels.topicMissing}</Text>
              )}
            </View>
          ))}
        </View>
        <Footer content={content} />
      </Page>

      {content.analyses.map((analysis) => (
        <Page key={analysis.id} size="A4" style={pageStyle}>
          <View style={{ flexDirection: 'row', alignItems: 'center', marginBottom: 6 }}>
            <Text style={{ ...text.eyebrow, marginRight: 10 }}>{analysis.topic}</Text>
            <VerdictMark
              verdict={analysis.verdict}
              label={content.verdictLabel[analysis.verdict]}
            />
          </View>
          <Link src={analysis.url} style={{ color: INK, textDecoration: 'none' }}>
            <Text style={{ fontSize: 19, fontWeight: 700, lineHeight: 1.2 }}>{analysis.title}</Text>
          </Link>
          <Text style={{ ...text.small, fontSize: 9.5, marginTop: 6, marginBottom: 10 }}>
            {analysis.byline}
          </Text>
          {analysis.image ? (
            <View wrap={false} style={{ marginBottom: 10 }}>
              <PdfImage
                src={analysis.image.data}
                style={{
                  width: '100%',
                  maxHeight: 240,
                  objectFit: 'cover',
                }}
              />
              {analysis.image.caption || analysis.image.sourceUrl ? (
                <Text style={{ ...text.small, marginTop: 4 }}>
                  {analysis.image.caption}
                  {analysis.image.sourceUrl
                    ? `${analysis.image.caption ? ' · ' : ''}${content.labels.source}: ${analysis.image.sourceUrl}`
                    : ''}
                </Text>
              ) : null}
            </View>
          ) : null}
          <Text style={{ fontSize: 12, lineHeight: 1.4, marginBottom: 10 }}>{analysis.lead}</Text>
          {analysis.keyPoints.length ? (
            <View
              wrap={false}
              style={{
                border: `0.75pt solid ${RULE}`,
                borderRadius: 4,
                paddingVertical: 8,
                paddingHorizontal: 12,
                marginBottom: 12,
              }}
            >
              <Text style={{ fontFamily: SANS, fontSize: 10.5, fontWeight: 700, marginBottom: 4 }}>
                {content.labels.keyPoints}
              </Text>
              {analysis.keyPoints.map((point, i) => (
                <View key={i} style={{ flexDirection: 'row', marginBottom: 2 }}>
                  <Text style={{ width: 12, fontFamily: SANS, fontSize: 10 }}>•</Text>
                  <Text style={{ flex: 1, fontFamily: SANS, fontSize: 10, lineHeight: 1.35 }}>
                    {point}
                  </Text>
                </View>
              ))}
            </View>
          ) : null}
          <RichTextPdf data={analysis.body} />
          <Footer content={content} />
        </Page>
      ))}
    </Document>
  )
}
