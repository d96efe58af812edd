#include "eval/iso_countries.h"

#include <utility>

namespace casus {
namespace {

// "AAxxx " entries: alpha-2 followed by alpha-3, sorted by alpha-2.
constexpr std::string_view kCodes =
    "ADAND AEARE AFAFG AGATG AIAIA ALALB AMARM AOAGO AQATA ARARG ASASM ATAUT AUAUS AWABW "
    "AXALA AZAZE BABIH BBBRB BDBGD BEBEL BFBFA BGBGR BHBHR BIBDI BJBEN BLBLM BMBMU BNBRN "
    "BOBOL BQBES BRBRA BSBHS BTBTN BVBVT BWBWA BYBLR BZBLZ CACAN CCCCK CDCOD CFCAF CGCOG "
    "CHCHE CICIV CKCOK CLCHL CMCMR CNCHN COCOL CRCRI CUCUB CVCPV CWCUW CXCXR CYCYP CZCZE "
    "DEDEU DJDJI DKDNK DMDMA DODOM DZDZA ECECU EEEST EGEGY EHESH ERERI ESESP ETETH FIFIN "
    "FJFJI FKFLK FMFSM FOFRO FRFRA GAGAB GBGBR GDGRD GEGEO GFGUF GGGGY GHGHA GIGIB GLGRL "
    "GMGMB GNGIN GPGLP GQGNQ GRGRC GSSGS GTGTM GUGUM GWGNB GYGUY HKHKG HMHMD HNHND HRHRV "
    "HTHTI HUHUN IDIDN IEIRL ILISR IMIMN ININD IOIOT IQIRQ IRIRN ISISL ITITA JEJEY JMJAM "
    "JOJOR JPJPN KEKEN KGKGZ KHKHM KIKIR KMCOM KNKNA KPPRK KRKOR KWKWT KYCYM KZKAZ LALAO "
    "LBLBN LCLCA LILIE LKLKA LRLBR LSLSO LTLTU LULUX LVLVA LYLBY MAMAR MCMCO MDMDA MEMNE "
    "MFMAF MGMDG MHMHL MKMKD MLMLI MMMMR MNMNG MOMAC MPMNP MQMTQ MRMRT MSMSR MTMLT MUMUS "
    "MVMDV MWMWI MXMEX MYMYS MZMOZ NANAM NCNCL NENER NFNFK NGNGA NINIC NLNLD NONOR NPNPL "
    "NRNRU NUNIU NZNZL OMOMN PAPAN PEPER PFPYF PGPNG PHPHL PKPAK PLPOL PMSPM PNPCN PRPRI "
    "PSPSE PTPRT PWPLW PYPRY QAQAT REREU ROROU RSSRB RURUS RWRWA SASAU SBSLB SCSYC SDSDN "
    "SESWE SGSGP SHSHN SISVN SJSJM SKSVK SLSLE SMSMR SNSEN SOSOM SRSUR SSSSD STSTP SVSLV "
    "SXSXM SYSYR SZSWZ TCTCA TDTCD TFATF TGTGO THTHA TJTJK TKTKL TLTLS TMTKM TNTUN TOTON "
    "TRTUR TTTTO TVTUV TWTWN TZTZA UAUKR UGUGA UMUMI USUSA UYURY UZUZB VAVAT VCVCT VEVEN "
    "VGVGB VIVIR VNVNM VUVUT WFWLF WSWSM XKXKX YEYEM YTMYT ZAZAF ZMZMB ZWZWE ";

constexpr size_t kEntry = 6;  // "ADAND "

}  // namespace

bool IsIsoAlpha3(std::string_view code) {
  if (code.size() != 3) return false;
  for (size_t i = 0; i + kEntry <= kCodes.size(); i += kEntry) {
    if (kCodes.substr(i + 2, 3) == code) return true;
  }
  return false;
}

std::string_view IsoAlpha3FromAlpha2(std::string_view code) {
  if (code.size() != 2) return {};
  size_t low = 0, high = kCodes.size() / kEntry;
  while (low < high) {
    const size_t mid = (low + high) / 2;
    const std::string_view entry = kCodes.substr(mid * kEntry, 2);
    if (entry == code) return kCodes.substr(mid * kEntry + 2, 3);
    if (entry < code) {
      low = mid + 1;
    } else {
      high = mid;
    }
  }
  return {};
}

std::string_view IsoAlpha3FromCameo(std::string_view code) {
  static constexpr std::pair<std::string_view, std::string_view> kCameoSpellings[] = {
      {"JAP", "JPN"}, {"ITL", "ITA"}, {"VTN", "VNM"}};
  for (const auto& [cameo, iso] : kCameoSpellings) {
    if (code == cameo) return iso;
  }
  return IsIsoAlpha3(code) ? code : std::string_view();
}

}  // namespace casus
