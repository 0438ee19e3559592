<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN" xmlns:o="urn:schemas-microsoft-com:office:office" __expr-val-dir="ltr">
<head id="ctl00_Head1"><meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" /><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" /><meta http-equiv="X-UA-Compatible" content="IE=8" /><title>
	Tập huấn nghiệp vụ công tác Mặt trận cho cán bộ cơ sở
</title><link rel="canonical" href="/tin-hoat-dong/tap-huan-nghiep-vu-cong-tac-mat-tran-cho-can-bo-co-so-1624.aspx" /><link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/search.css?rev=Uoc0fsLIo87aYwT%2FGX5UPw%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/wiki.css?rev=9n8mW8NH3M1b8P6ot8F3Vw%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/corev4.css?rev=iIikGkMuXBs8CWzKDAyjsQ%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/MTTQ/css/style.css" />
<link rel="stylesheet" type="text/css" href="/Style%20Library/MTTQ/css/menu.css" />
<link rel="shortcut icon" href="/Style%20Library/MTTQ/images/favicon.ico" type="image/vnd.microsoft.icon" />
<script type="text/javascript">
// <![CDATA[
var L_Menu_BaseUrl="";
var L_Menu_LCID="1066";
var L_Menu_SiteTheme="";
//]]>
</script>
<script type="text/javascript">
//<![CDATA[
document.onreadystatechange=fnRemoveAllStatus; function fnRemoveAllStatus(){removeAllStatus(true)};var _fV4UI = true;//]]>
</script>
<script type="text/javascript" src="/_layouts/1066/init.js?rev=BJDmyeIV5jS04CPkRq4Ldg%3D%3D"></script>
<script type="text/javascript" src="/ScriptResource.axd?d=3-VFxRdE5GKcTpEoGrWHTxqk5bTGkn8ckNkJm2cWJK0Zg0VZSxXVjHHvAdiMOHaWz3Ao6ow3pOZC_uOVm7ZaZw2&amp;t=3f4a792d"></script>
<script type="text/javascript" src="/_layouts/blank.js?rev=QGOYAJlouiWgFRlhHVlMKA%3D%3D"></script>
<script type="text/javascript" src="/Style%20Library/MTTQ/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="/Style%20Library/MTTQ/js/jquery.marquee.js"></script>
<!--[if lt IE 9]><script type="text/javascript" src="/Style%20Library/MTTQ/js/html5shiv.js"></script><![endif]-->
<style type="text/css">
	.s4-skipribbonshortcut { display:none; }
	#s4-workspace { overflow: visible !important; }
	.post-content p { margin: 0 0 8px 0; text-align: justify; }
	.post-content img { max-width: 100%; height: auto; }
	.box-left .box-title { background: url(/Style%20Library/MTTQ/images/bg-title.png) no-repeat; color: #fff; font-weight: bold; }
	.font-tools a.color { display:inline-block; width:12px; height:12px; border:1px solid #ccc; }
	.ExternalClass29DB17CA5B87450C8E361A16EAC8A6B5 p { line-height: 1.5; }
</style>
</head><body scroll="yes" onload="javascript:if (typeof(_spBodyOnLoadWrapper) != 'undefined') _spBodyOnLoadWrapper();">
<form name="aspnetForm" method="post" action="tap-huan-nghiep-vu-cong-tac-mat-tran-cho-can-bo-co-so-1624.aspx" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div>
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />
<input type="hidden" name="MSOTlPn_View" id="MSOTlPn_View" value="0" />
<input type="hidden" name="MSOTlPn_ShowSettings" id="MSOTlPn_ShowSettings" value="False" />
<input type="hidden" name="MSOGallery_SelectedLibrary" id="MSOGallery_SelectedLibrary" value="" />
<input type="hidden" name="MSOGallery_FilterString" id="MSOGallery_FilterString" value="" />
<input type="hidden" name="MSOSPWebPartManager_DisplayModeName" id="MSOSPWebPartManager_DisplayModeName" value="Browse" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x6405DBAF9CA5A82156FF0D836108DFD2BC0A38E869076FCD1C0286094A65B906E203D819F30DF879591EA5D0F3FEBBBE1AD98E47346F6E6E1966B63DFAD8A5E9,03 Jun 2024 02:11:45 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTE6g5bKc1eaFRkB9KOFqkGCqxJxauKD6uow707murhVrm9eKxG609pof4HqawyHc8gdPN+9lzaMmPBo+goDn8cmepzDQ0XyP9+yTuHSaxF05mZ2PjnTQXGGciCjikfnsS6/slS15QOVXdSxmJ9qiunNMT9K102XTaQkTBZdFIFGPdTMXdfqog6mzYp3bACLHBqgqJ+3FSFdl9kJvpBTlSs57SiAT1mWDJDA9NfwMG4jSOzG0rU8Z8cj/CJxG/LtKJS/T9V4T/nUgfmEJykq6VmtvjlCi2PtKy49fqGWXc7I4Z+Gk4/6UzMPKHaNpNALd4Z7SVjR/FkzzUdw1vYLQI2RcHu1akwVq+pd+uMtRVBRik8K3+h2XmuNeHfzVvHH+Ok7Mf0lprk1SYxGhkTUMn7Ea8cbLQOaJzv+RwEe4ac40ytY/PFwpRjz0IEkHj8CaBipeSbicF1a47KSZ1eaekbLRo7nD5pP3WJ6nEPAF7o+c+Nl62748ahvJQR5xnlx2D47HHVvvn+NRqEUHo6tkukHmd6nPWfEZ8mGuDz+NcXzLQdnXfhrnmYQYLDqIhR9GxpXdOImc1tPnfbJ4pMp8soEya++jbhakTjSayv+xzRThPOotAFzHtH0j/JDu14+PF1Cu9Tkw9BJMkLQdklpwi55zZrhayYiV7yL356+SCDgCGFkILtAAb0jJXsCMMTbfqwMOEmEpcPhe0i0MAqv0FnUh+TUgaMP+zx87Z1+RrWqpZ8/dpdzUHDCmLXHy9m7IX327bWgtm3/UVnKMd/UzE9hnvK3hztgBGBHsRi7Xlw5ceh4jIsY32huO6dVhJ5UiWohydUGn60U4mPC0C9qPThaNWc9U7/BdkBa5lkXoyhSos7Q0kVbVmrl4/525uZkCoIubl/YydU54ZfQp3eBT2swROjz/nDvVmmXaP1KV4IKuqX8pAsiGQV1QfPpfWStfABthgV/aYoV5rQhmejpJTmm9e8F9doDLyp8euQebEYOJ7Uu8IAoqI0YQIf8vJCJTV3TyFqk7VejJ4oLPu4ykKpa7AnobN3/iyKoCMWxdHxj6VJ77Msbxiws85v95KD70DOjMRIP3XrOBurrKB2WWnOq6w1KDFYgywnTp4QVyOFrLLTW9RoCPZ4WTqpLaFWJCWJRaSSKVIaOTxHZzdF8ESoh0S1kKoXW2yj/c1IFaBDyk/E+ZLklf0dWDNlcD3okDhypx1TjE98K9rC69BXEPBXW7YQO1Dailj4cjAf187Mj+BJsq8R/2ixumiQqvr2pppScKQ2o1zmjcusXfrDTQrsO/r5e6+ws4p7vYdytUwSsdtoRsARh2l9o3rlO46OEbTqXah6qiL5QdCh2FY4H0XWPq0nX5Uw9T/2gD1eapKB76JlRMm+gpnUdGypEU2s7k+RwPqSBJWj9VjIvSLHSbGRpoSieZsUQPc16NxJiBMs2yrMmB5TbinBohjvraGQdlJsJbPFn0lGxmNsBRxIWcdzovooIXbVG2Ts5gdmmAbT71TRUj+wQ6PhrhmlSEaLWbkN0eiTzyVPmzYGfXr58ybs0L4K6LEOSltGJi/z2SN1Q03lsjBxsvV9PnYQrhDPQz9FMAU9veV+8PiFmL9yjyWUC0LFBs+y2v6pwDEZn01aKMr0oAkPLKhGBm0S68p0JXf+MtOaHlZK1slC+M+cO1jN/llMS+hy+SOJEJEkxkzWjjLealuqaIc9nEHCHdbEN8GfAvsCp1nfhRhscWpzaQhFYk64Z2UhSMOKnJ0l9Bwb52j2Fz64lcmld01NKjIMS1BJ8+jDDRkis3peVeJYAHTYEpgyhE+M3ZyTCljTqbASRWALcYfL3CycaHckQ/ScmXkoAHNPXXG32+9QzxkrJ8Eb6djQThZ4VdM/h9Xtadcn6mhjTI7ddG4B0W/ytZibSTUnCY4I9p5i1Z7fd3EIeA0Fp+laxiecz+N++H0Oa+OwmPiUecTxD4dhktRvGwuVxbUipoxuN7BpTCiwqxqqbjto9B0ZlskYFo8kARdKL64n4Rux6YOrHyfqy5UjTOnapVGux2+AP/pYhyL0FR12iY8cIaR9qnlGlK4d2sodwt4NzzqOZ4cNQaED/h/LG2IepojI0V8g/Dbyb9zgaKstH2zWlnOuM4PfxhI+UxsdWA6kLfbPNwIkqc2zDKjp7G/M8Sc1UpZqALXfnEbMRTD+5r1OVItgcu794/O46Dj8fxK8zG3Y7MrrBfAXWd85bwHz3PVWlpFYTc/lROj5VZFOBcXFDljgqPfD7jYpQfCt5HdM95bOVzludjdCCeXXFOU5pRdPs5gw+6UfmuOKvDqwlHUlwxVQC+osyRcFXqe8YCvcEoYRMuwX/ExYvy07k97yHdOV5AnkPHX/j7TTf/X/9Dc2NagK/zKGGVYpQCmjdvw7X+n1UP7bjEfu8Z4luN9mdsN06hvg4hAnIdwot11gohWgfUzl5B+sr8EBfcovGXVGxoaF0mGyXOSsXqukMeCuSJeYjJvDPOvY/KKOUdHuc0hTVJ6OQiuAiwQk5g9FDOfLws1hSAfcQ8cOj4l5gtEeolip8WDHRCrtxBm3ORJQy6jWsnogrCAYcDG1uZAclqNeLJExdHgshRIXmLdCrmOBRCJHRm3nGiLBi2ObG54kyrM1g8KBWcU9WnMQ8XeDVEeqvJT0JmTTow126W3X8tCZbT1Qj/wW9CKfY5JptMWaSKLFNovYZg9f+NBiGibAKS6FpvH/c/QNgkBiIcCNQvE7ghQi/kf/ww3rShV+QGI2DgjDHKBpTgEOCdsikZNzWzzP6hfn/D4EdJExO/eiIsPQ1cHT6HHlwNURxrUkqi/GCxWjk5rMhW0VVQJHtFVjjMCXldlVtp7WE9uAuVIZ0HGaHORQEguz2l+LgpGbKsWQsj/hXUdJomvX5uf2/d/eGHgImcWWJFRDH4YzJmHyPYUPESkofP/vy/QBX/zL44RkzFQyc5UFaRf/Oh3FyU1q39vTec0A5Sh1v7+s+KMqs6hq4y3FQQYsyIokdLau1JqHqfUzOfbY33x8vgpeNXiqBMUnN3JYp1zsOkVk1NbD4reOO0J7tX2/A+0z4FpAnlCMbFetDL9X1bD6HbBX0cnIXNZrlqVmtqvp56Gp8+d0ptPvplqFHIlv3NKw+4skgLljOIlwUOLWIIkDQLwE88R4QXqlFgDrpygX1MTMTuYBXkHm5y/OLaK8QjqH11Aq+6mKAcZa9oKuwUE77YyPPwdo/c3mMFYalVS0gyhVaMmYvNfTq1y6Vg3ak5GHbX0HlC0s9ysSp5Xw3LMNGg7+cya2Kt6TkMjRvAAitacG5IRGJ8nFGAiNj5Y5gwwzvbwwJUQ4dQfzrtb0u87HKtaJExvPIXMtkgfRY165rZh3ivf/xfFwW0U/Je1Ued0DuA3smhWhARcSWs1U+FfdTNn/WvT4TE1cshzzXyd8TGpvPsoM1x4mQYUhgy89S1ySe1hNc5g5sRAxSyukBQqnXThs+mTBNXnDOse9L2o3ONW8UPIzq4UEwoFzDV5173eOMT3U4u85WUn++8d6wXJD+MnCBvURwESLZaeyFmCBF9CdZ+5NGANOsfs9Yd9x2+JG1vcmv5+ixOG9shRB53mfRXVaxibDyNtjMUMnySxT0juiLl9nv1ZSykulEHL2/1S789LKHcaSG1sTfsrGhmayvNZApFZHWsvBORr1hZVnUHQcpgd0dUWCKqt7fOCbadYJ/XQwdRNgVbhAfNunO3395fWFwaKtKcHuQHoBMUeTSHZrds9B8hxog77rBRUTfqjS1z+gHxHD6IXRVklrsWdH1/ICF7n3YspFqmHLndMNrzRNQuooJQmhCrDEK4P27FIPF5SBxtTYOumZy/SFcIUiRNZ6o9xkD3bdDmfwvNyPgQ3G2Ws2x9sODTHd19uqjk9sZEUqF2cGYxQrsdrdPn5Kbqb58NsXz0kNJpoBHaaw+NEYKMk5/7fGHZb8NAnjjwODb78H1YiKm3RRH+B9q+IAa3KpWMQFVFyjKf6IIxVkYp/iF312DIpMpqsarFXFel/QIlmf8zcnAIXff2cV+vjAc1LBwcDhXRMtouGNZAvYevYIq7LP5vx+1HaOIkTqvm94eJEC2QUZuX0FmIt7JFbCi6G1joklqkBKZOkDe8Z5cbBIxjGxHEl9871QLGu2TTgTpc8iAIYzZi4fX7/sPZMwXOwyIKMKAe8Yjhv+ztVwKgmGrFgycQYqiCEWMiHPNq9NcJ5HHgClbIgjgIHN8VZ9H9BWZxnhe79hsQlkEvp31Sh6hLSlgmRgUfUD7NbBsn0knoY4hKUEeqIFYGcxLxf6gYbZYPJv0cnypi7wtESjKJcgyka1dvQNZ8jc5iVmj1fOQamosmUvoBkCgz5eHv9z4b2G9VhWpFwyizZFiLRefxo58S/HGZuwDrIzVxSqVC3uVVu9ARuwiq5KpQtiTrKcHWoESqVOo2YBwt8B65lGhFbV+rp8Ylb0i02PM4tUamU/Wuh/h9UPIybfKz+HjsRNhO3fZ2xg+I6W30f85+bAgFAStLVk3tRHrWS4M+yqSaKKN/2quY3tYJQosVioh0xNr9LClS04JA0WY+YZHD75ZVi4FpvYW2f28Zk4/noQUg2mP4DpOABpxWLx/vzoMjgQEIYJXaILrpfOnKuCduV5A6ncEj615tSX9ow1br43nUidh1+/mcn6EShecbzFjvfCGqq7+z7VWrWsr21UDosUtb2XTrkekMEcTf7AI6TCHUQwzDESyt4t3eRXNpy/AX2xlmVBPMgcRRrzCe5Kn+CV+WaeadFpgL423VCZN+aCnC3mWfLZzEl8MrVHIZbuTkLEmx54cBQ2bjXYI9MC/sgaS33a3iGU2eApdePGfeE4qohvaQi7N55lTmVon93nW1Dp3UJd9x3svhLYFpIoUUUbMK7oglh/FW0Qd4qvqxO2U7eeK8OC4ghHBuI19aOVuH83DmWMm5UEJYpb01mufobNk+983X39I70+pxhbYgfvi0eH0wwyFOkql5Dqf5aRWGDZRJXSkaIRSIm19W1m5BTcsSl6V0xoW3sEEllW9lHrGhabiPg5kELW0mqzXNNB3kuWSIbi1tHVyBI1kbgE4tPJZni1765BYwae3W2HFVH+Xxr7I0mAB+QRCmHDgrkWfb+Grrq7u9PLLxT1QogbC1lmao7hnGThdiT5GhMQyf7W13Z8B0r6Nx4H9J8lXE98MWBOKoLCIU5Zq1K5Yzh3H8eZnKk52nG1inwfHAjGhU5SWzs97T7sW1Cj0F9MFOI6jmcrcG87lLROZwsTY5NwmSwoEi82mWaLX3GdazRhfOtvCsJDmO0jGDxpuAhEq3A8mco2KRjscQSXGYcjuQ2LidiFMmTH9SuMtN3IhRFnXK4J0Vbz28ft5tXGpxc/NYBa1v1FbMFOAHUBJ1tYcTOK982wvowbVDlJNWpzcCbnlU7cN6UGKb1pYZ1uVadnNP6xBVFr5zDkZKx8OExRwv40/MNKUoMbc+NcRJ2VWJafj40t7P7fIAKwUr4kuiYL1s96JGDbcrXTRdEX9L24gE5FsavEGmagHdxKuiyrJ3ipXOF7JHTHbxlN6Fjat9/jKqgUfaqyYMQY1/g6XvBhvbLVoVvrBgw/UTNd/bwd3mQAmUP43/rdEpEo69zrqlTS3ksxwg/4U/e/sKsG0fzlTFND+fEZkK/yNsp2zKqPMomMAHipxK5hDgHEn9cD1jCPP/NmJyg/tWvurfFztP/2PRErjbdgoJLFn2praZUAmLfNUmOCu0jTrJcqbxqd+uaIzCByk986VABTGvkmCwkIWgFgXoZvO+x9pe6YKfUxCOzufL11sdQfF2Znuxos/DDJeM1nlDjPSZDLYTDbyGRKmhV0qcIakdIjdV+K7LNvyg3dMjSATuizDUSd2YTNINxYCeZJDiZ5XeWODMLWgGzJ83yDiQ4k1HgXdz21myIDlUO+6lHr1cK7JT7P7gDz9+5xyObgJf/gAO8i6x5kId6lf+hp3mSBi2wg9bOqdb7MYYFLyoRh/3sx1R3RpbAz4zmNPrncYxSLi7kADgbO8D+qWwyNxv05kt3KrFxF/2ZBjh1FYHMwXlEGwsaChWbOTVy0VwWjB1Q8D0/9+hITjPYmfmnwBpyHqbtvKw==" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {
    theForm = document.aspnetForm;
}
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>
<script src="/WebResource.axd?d=f6ZEq9S1SUTVmDt8o3zz0A2&amp;t=634605546709717464" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
var MSOWebPartPageFormName = 'aspnetForm';
var g_presenceEnabled = true;
var g_wsaEnabled = false;
var g_wsaLCID = 1066;
var g_wsaSiteTemplateId = 'BLANKINTERNET#2';
var g_wsaListTemplateId = 301;
var _fV4UI=true;var _spPageContextInfo = {webServerRelativeUrl: "\u002f", webLanguage: 1066, currentLanguage: 1066, webUIVersion:4,pageListId:"{7b6e7283-b31c-4efb-a54f-07a08af59c92}",pageItemId:743, alertsEnabled:false, siteServerRelativeUrl: "\u002f", allowSilverlightPrompt:'True'};//]]>
</script>
<script type="text/javascript">
//<![CDATA[
function WebForm_OnSubmit() {
UpdateFormDigest('\u002f', 1440000);
return true;
}
//]]>
</script>
<div id="s4-ribbonrow" class="s4-pr s4-ribbonrowhidetitle" style="display:none">
	<div id="s4-ribboncont">
		<div class="ms-cui-topBar2"><a href="/_layouts/Authenticate.aspx?Source=%2F" class="ms-signInLink">Đăng nhập</a></div>
	</div>
</div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="wrapper">
<div id="header" class="header">
	<div class="banner">
		<a href="/" title="Ủy ban MTTQ Việt Nam tỉnh Hòa Phong"><img src="/Style%20Library/MTTQ/images/banner.jpg" alt="Ủy ban MTTQ Việt Nam tỉnh Hòa Phong" width="1000" height="150" border="0" /></a>
	</div>
	<div class="header-bar">
		<div class="today"><script type="text/javascript">
			var d = new Date(); var t = ["Chủ nhật","Thứ hai","Thứ ba","Thứ tư","Thứ năm","Thứ sáu","Thứ bảy"];
			document.write(t[d.getDay()] + ", ngày " + d.getDate() + "/" + (d.getMonth() + 1) + "/" + d.getFullYear());
		</script></div>
		<div class="search-box">
			<input name="ctl00$txtSearch" type="text" id="ctl00_txtSearch" class="txt-search" placeholder="Tìm kiếm..." />
			<a id="ctl00_btnSearch" class="btn-search" href="javascript:__doPostBack('ctl00$btnSearch','')"><img src="/Style%20Library/MTTQ/images/search.png" alt="" /></a>
		</div>
	</div>
</div>
<div id="zz1_TopNavigationMenuV4" class="s4-tn menu-top">
	<div class="menu horizontal menu-horizontal">
		<ul class="root static">
			<li class="static"><a class="static menu-item" href="/" accesskey="1"><span class="additional-background"><span class="menu-item-text">Trang chủ</span></span></a></li>
<li class="static"><a class="static menu-item" href="/gioi-thieu.html" accesskey="1"><span class="additional-background"><span class="menu-item-text">Giới thiệu</span></span></a></li>
<li class="static selected"><a class="static selected menu-item" href="/tin-hoat-dong/index.html" accesskey="1"><span class="additional-background"><span class="menu-item-text">Tin tức - Sự kiện</span></span></a><ul class="dynamic">
<li class="dynamic"><a class="dynamic menu-item" href="/tin-hoat-dong/index.html"><span class="additional-background"><span class="menu-item-text">Tin hoạt động</span></span></a></li></ul></li>
<li class="static"><a class="static menu-item" href="/lien-he.html" accesskey="1"><span class="additional-background"><span class="menu-item-text">Liên hệ</span></span></a></li>
		</ul>
	</div>
</div>
<div class="marquee-bar"><span class="marquee-label"></span><div class="marquee" id="ctl00_marquee">Mặt trận Tổ quốc Việt Nam tỉnh Hòa Phong - Đoàn kết, dân chủ, đổi mới, sáng tạo, phát triển</div></div>
<div id="main" class="main clearfix">

<div class="col-left">
	<!-- Begin Web Part: Liên kết web -->
	<div class="box-left" id="ctl00_PlaceHolderLeft_g_3ad71c5f_6710_4ae5_b8dc_f703f15722b5">
		<div class="box-title">Liên kết web</div>
		<div class="box-content">
			<select class="ddl-weblink" onchange="if(this.value!='0') window.open(this.value,'_blank');">
				<option value="0">-- Chọn liên kết --</option><option value="http://mattran.org.vn/">Ủy ban TW MTTQ Việt Nam</option>
				<option value="https://hoaphong.gov.vn/">Cổng TTĐT tỉnh Hòa Phong</option>
			</select>
		</div>
	</div>
	<div class="box-left banner-left">
		<a href="/gioi-thieu.html#ban-do" class="banner-link"><img src="/Style%20Library/MTTQ/images/bando.jpg" alt="" /><span>Bản đồ hành chính</span></a>
		<a href="https://congbao.hoaphong.gov.vn/" target="_blank" class="banner-link"><img src="/Style%20Library/MTTQ/images/congbao.jpg" alt="" /><span>Công báo Hòa Phong</span></a>
		<a href="/lien-he.html#gop-y" class="banner-link"><img src="/Style%20Library/MTTQ/images/gopy.jpg" alt="" /><span>Góp ý website</span></a>
		<a href="/lien-he.html" class="banner-link"><img src="/Style%20Library/MTTQ/images/lienhe.jpg" alt="" /><span>Liên hệ</span></a>
	</div>
	<!-- End Web Part -->
	<div class="box-left poll" id="ctl00_PlaceHolderLeft_g_52d456ec_eef9_43a1_958c_06aaec488569">
		<div class="box-title">Thăm dò</div>
		<div class="box-content">
			<div class="poll-question">Bạn thấy nội dung Trang thông tin điện tử như thế nào?</div>
			<table class="poll-options"><tr><td><input id="ctl00_PlaceHolderLeft_poll_rdo0" type="radio" name="ctl00$PlaceHolderLeft$poll$rdo" value="0" /><label for="ctl00_PlaceHolderLeft_poll_rdo0">Rất hữu ích</label></td></tr>
<tr><td><input id="ctl00_PlaceHolderLeft_poll_rdo1" type="radio" name="ctl00$PlaceHolderLeft$poll$rdo" value="1" /><label for="ctl00_PlaceHolderLeft_poll_rdo1">Hữu ích</label></td></tr>
<tr><td><input id="ctl00_PlaceHolderLeft_poll_rdo2" type="radio" name="ctl00$PlaceHolderLeft$poll$rdo" value="2" /><label for="ctl00_PlaceHolderLeft_poll_rdo2">Bình thường</label></td></tr></table>
			<div class="poll-buttons"><a class="btn" href="javascript:__doPostBack('ctl00$PlaceHolderLeft$poll$btnVote','')">Bình chọn</a> <a class="btn" href="/_layouts/15/Poll/Results.aspx">Xem kết quả</a></div>
		</div>
	</div>
	<div class="box-left counter">
		<div class="box-title">Thống kê truy cập</div>
		<div class="box-content">
			<div>Đang truy cập: <span id="ctl00_PlaceHolderLeft_lblOnline">37</span></div>
			<div>Hôm nay: <span id="ctl00_PlaceHolderLeft_lblToday">565</span></div>
			<div>Tổng lượt truy cập: <span id="ctl00_PlaceHolderLeft_lblTotal">2.565.498</span></div>
		</div>
	</div>
</div>
<div class="col-content">
	<div class="ms-breadcrumb-box">
		<h1 id="pageTitle" class="ms-core-pageTitle">
			<span id="DeltaPlaceHolderPageTitleInTitleArea">
				<span class="bc-parent">null</span>
				<span class="bc-current">Tập huấn nghiệp vụ công tác Mặt trận cho cán bộ cơ sở</span>
			</span>
		</h1>
	</div>
	<!-- Begin Web Part: Chi tiết tin -->
	<div class="ms-WPBody noindex" id="ctl00_m_g_e1cfb69e_4ab2_493c_b59a_48480011f514">
	<div class="post-detail">
		<div class="post-category"><a href="/tin-hoat-dong/index.html">Tin hoạt động</a></div>
		<div class="post-date"><span class="date" id="ctl00_m_g_e1cfb69e_4ab2_493c_b59a_48480011f514_lblDate">Thứ tư, 24/06/2020, 14:10</span></div>
		<div class="font-tools">
			<span class="lbl">Màu chữ</span>
			<a class="color" style="background:#000" href="javascript:ChangeColor('#000000')" title="Đen"></a>
			<a class="color" style="background:#00f" href="javascript:ChangeColor('#0000ff')" title="Xanh"></a>
			<span class="lbl">Cỡ chữ</span>
			<a class="font-up" href="javascript:ChangeFont(1)" title="Tăng cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-up.png" alt="" /></a>
			<a class="font-down" href="javascript:ChangeFont(-1)" title="Giảm cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-down.png" alt="" /></a>
			<a class="print" href="javascript:window.print()" title="In bài viết"><img src="/Style%20Library/MTTQ/images/print.png" alt="" /></a>
		</div>
		<h2 class="post-title">Tập huấn nghiệp vụ công tác Mặt trận cho cán bộ cơ sở</h2>
		<div class="post-content">
<div class="ExternalClass29DB17CA5B87450C8E361A16EAC8A6B5"><p style="text-align: justify;">Ủy ban MTTQ Việt Nam tỉnh tổ chức lớp tập huấn nghiệp vụ công tác Mặt trận năm 2020 cho hơn 200 cán bộ Mặt trận cấp xã.</p>
<p style="text-align: justify;">Nội dung tập huấn gồm kỹ năng tuyên truyền, vận động Nhân dân; công tác tham gia xây dựng Đảng, chính quyền và nghiệp vụ quản lý Quỹ “Vì người nghèo”.</p>
<p style="text-align: justify;">Các học viên đã trao đổi, chia sẻ nhiều kinh nghiệm thực tiễn trong tổ chức hoạt động của Ban Công tác Mặt trận ở khu dân cư.</p></div>
		</div>
		
		<div class="post-view"><span class="lbl">Số lượt xem:</span> <span id="ctl00_m_g_e1cfb69e_4ab2_493c_b59a_48480011f514_lblView">119</span></div>
		<div class="post-author" id="ctl00_m_g_e1cfb69e_4ab2_493c_b59a_48480011f514_lblAuthor">Ngọc Hân</div>
	</div>
	<div class="post-other">
		<div class="other-title">Các tin khác</div>
		<ul class="other-list"><li><a href="/tin-hoat-dong/so-ket-6-thang-thuc-hien-cuoc-van-dong-nguoi-viet-nam-uu-tien-dung-hang-viet-nam-1611.aspx">Sơ kết 6 tháng thực hiện Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”</a> <span class="date">()</span></li>
<li><a href="/tin-hoat-dong/ket-qua-04-nam-trien-khai-thuc-hien-chi-thi-so-05-cua-bo-chinh-tri-chi-thi-06-cua-ban-thuong-vu-tinh-uy-1517.aspx">Kết quả 04 năm triển khai, thực hiện Chỉ thị số 05 của Bộ Chính trị, Chỉ thị 06 của Ban Thường vụ Tỉnh ủy</a> <span class="date">(27/05/2020)</span></li>
<li><a href="/tin-hoat-dong/trao-2-000-phan-qua-cho-nguoi-lao-dong-mat-viec-lam-do-dich-covid-19-1509.aspx">Trao 2.000 phần quà cho người lao động mất việc làm do dịch Covid-19</a> <span class="date">(20/05/2020)</span></li>
<li><a href="/tin-hoat-dong/giam-sat-viec-chi-tra-ho-tro-theo-nghi-quyet-42-nq-cp-1498.aspx">Giám sát việc chi trả hỗ trợ theo Nghị quyết 42/NQ-CP</a> <span class="date">(06/05/2020)</span></li>
<li><a href="/tin-hoat-dong/keu-goi-toan-dan-chung-tay-phong-chong-dich-covid-19-1476.aspx">Kêu gọi toàn dân chung tay phòng, chống dịch Covid-19</a> <span class="date">(25/03/2020)</span></li></ul>
	</div>
	</div>
	<!-- End Web Part -->
</div>
</div>
<div id="footer" class="footer">
	<div class="footer-links"><a href="https://dichvucong.gov.vn/" target="_blank">Dịch vụ công Quốc gia</a> <a href="https://mail.hoaphong.gov.vn/" target="_blank">Thư điện tử công vụ</a> <a href="/_layouts/15/viewlsts.aspx" target="_blank">Quản trị</a></div>
	<div class="footer-info">
		<div class="footer-name"><strong>ỦY BAN MẶT TRẬN TỔ QUỐC TỈNH HÒA PHONG</strong></div>
		<div>Địa chỉ:&nbsp; Số 12 đường Lê Lợi, phường Tân An, thành phố Hòa Phong, tỉnh Hòa Phong</div>
		<div>Điện thoại:&nbsp; 0290.3822 416. Fax: 0290.3822 417&nbsp; Email: <a href="mailto:ubmttq@hoaphong.gov.vn">ubmttq@hoaphong.gov.vn</a></div>
		<div>Người chịu trách nhiệm chính: Ông Trần Văn Minh, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh</div>
	</div>
</div>
</div>
</div></div>
<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval = 1440000;
function ChangeColor(c) { jQuery('.post-content, .post-content p, .post-content span').css('color', c); }
function ChangeFont(n) { var s = parseInt(jQuery('.post-content').css('font-size')) + n; jQuery('.post-content, .post-content p, .post-content span').css('font-size', s + 'px'); }
jQuery(function(){ jQuery('#ctl00_marquee').marquee({duration: 15000}); });
var _spBodyOnLoadFunctionNames; if (_spBodyOnLoadFunctionNames == null) { _spBodyOnLoadFunctionNames = new Array(); }
_spBodyOnLoadFunctionNames.push("_spPageLoad");
WebForm_InitCallback();//]]>
</script>
<script type="text/javascript">
  var _gaq = _gaq || [];
  _gaq.push(['_setAccount', 'UA-10001631-1']);
  _gaq.push(['_trackPageview']);
  (function() {
    var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
    ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
    var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);
  })();
</script>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBQLwRlqAcBPzVzACFLvNnIKxaV/zeWlGMRIAHngh3qXIRUMP6nHVshcTPi2uVmZeZSd88PBPwIoqBQRA+3ITIBH8IltD0vazdj7Pbjbghy5sPYFyU8kiAdbkG2p" />
</form>
</body>
</html>
